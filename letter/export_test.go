package letter

// Request is how a case's request reads in the letter, after "ask you to":
// the fuzz tests look for it in the printed letter.
var Request = request

// TrimStop is a value as the letter ends it inside its own sentence: no
// full stop, comma or semicolon of its own.
var TrimStop = trimStop

// Prose is a case's text as the letter writes it: curly quotes, undotted
// honorifics.
var Prose = prose

// Offence is an offence as the letter quotes it.
var Offence = offence
