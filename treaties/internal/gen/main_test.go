package main

import "testing"

// TestDerogationNotice tells a notification under ICCPR article 4(3)
// from a reservation or declaration that speaks of emergencies.
func TestDerogationNotice(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		// Peru, 2014: an extension of a state of emergency.
		{"... the state of emergency declared in the Provinces of Huanta and La Mar has been extended for 60 days. During the state of emergency, the rights relating to liberty and security of person ... will be suspended in order to consolidate peace.", true},
		{"The Government informs the Secretary-General, in accordance with paragraph 3 of article 4, that it has terminated the derogation from articles 9 and 12.", true},
		{"Notification under article 4 (3): the state of emergency was lifted on 1 May.", true},
		// France: a reservation to article 4(1) that speaks of the state
		// of emergency.
		{"The Government of the Republic enters the following reservation concerning article 4, paragraph 1: the circumstances enumerated in article 1 of Act No. 55-385 of 3 April 1955 in respect of the declaration of a state of emergency are to be understood as meeting the purpose of article 4.", false},
		// The Dominican Republic (CRC-OPAC): a state of emergency, no
		// rights suspended.
		{"Recruitment into the armed forces is voluntary in peacetime and forced or compulsory when a state of emergency has been declared in accordance with the Constitution.", false},
		// Georgia (CRC-OPAC): a decision suspended, no emergency.
		{"In that case the decision of the recruiting commission will be suspended until the decision of the central recruiting commission is declared.", false},
		// Belgium (ICCPR): derogations from publicity, a reservation.
		{"The Belgian Government considers that the last part of paragraph 1 of the article appears to give States the option of providing or not providing for certain derogations from the principle that judgements shall be made public.", false},
	} {
		if got := derogationNotice(tt.text); got != tt.want {
			t.Errorf("derogationNotice(%.60q…) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
