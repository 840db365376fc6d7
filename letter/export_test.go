package letter

// Request is how a case's request reads in the letter, after "ask you to":
// the fuzz tests look for it in the printed letter.
var Request = request
