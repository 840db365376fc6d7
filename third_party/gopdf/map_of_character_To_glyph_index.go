package gopdf

// MapOfCharacterToGlyphIndex map of CharacterToGlyphIndex
type MapOfCharacterToGlyphIndex struct {
	keyIndexs map[rune]int //for search index in keys
	low       []int32      // index+1 of the keys below lowRunes, 0: none; looked up without hashing
	Keys      []rune
	Vals      []uint
}

// lowRunes bounds the characters MapOfCharacterToGlyphIndex finds in a
// table rather than its map: Latin, Greek and Cyrillic, most of most text.
const lowRunes = 0x530

// NewMapOfCharacterToGlyphIndex new CharacterToGlyphIndex
func NewMapOfCharacterToGlyphIndex() *MapOfCharacterToGlyphIndex {
	var m MapOfCharacterToGlyphIndex
	m.keyIndexs = make(map[rune]int)
	return &m
}

// KeyExists key is exists?
func (m *MapOfCharacterToGlyphIndex) KeyExists(k rune) bool {
	/*for _, key := range m.Keys {
		if k == key {
			return true
		}
	}*/
	_, ok := m.Index(k)
	return ok
}

// Set set key and value to map
func (m *MapOfCharacterToGlyphIndex) Set(k rune, v uint) {
	if k >= 0 && k < lowRunes {
		if m.low == nil {
			m.low = make([]int32, lowRunes)
		}
		m.low[k] = int32(len(m.Keys)) + 1
	}
	m.keyIndexs[k] = len(m.Keys)
	m.Keys = append(m.Keys, k)
	m.Vals = append(m.Vals, v)
}

// Index get index by key
func (m *MapOfCharacterToGlyphIndex) Index(k rune) (int, bool) {
	/*for i, key := range m.Keys {
		if k == key {
			return i, true
		}
	}*/
	if k >= 0 && k < lowRunes {
		if m.low == nil || m.low[k] == 0 {
			return -1, false
		}
		return int(m.low[k]) - 1, true
	}
	if index, ok := m.keyIndexs[k]; ok {
		return index, true
	}
	return -1, false
}

// Val get value by Key
func (m *MapOfCharacterToGlyphIndex) Val(k rune) (uint, bool) {
	i, ok := m.Index(k)
	if !ok {
		return 0, false
	}
	return m.Vals[i], true
}

// AllKeys get keys
func (m *MapOfCharacterToGlyphIndex) AllKeys() []rune {
	return m.Keys
}

// AllVals get all values
func (m *MapOfCharacterToGlyphIndex) AllVals() []uint {
	return m.Vals
}
