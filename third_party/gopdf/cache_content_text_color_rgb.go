package gopdf

import (
	"io"
	"strconv"
)

type cacheContentTextColorRGB struct {
	r, g, b uint8
}

func (c cacheContentTextColorRGB) write(w io.Writer, protection *PDFProtection) error {
	var op [32]byte
	b := strconv.AppendFloat(op[:0], float64(c.r)/255, 'f', 3, 64)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, float64(c.g)/255, 'f', 3, 64)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, float64(c.b)/255, 'f', 3, 64)
	b = append(b, ' ')
	b = append(b, colorTypeFillRGB...)
	b = append(b, '\n')
	_, err := w.Write(b)
	return err
}

func (c cacheContentTextColorRGB) equal(obj ICacheColorText) bool {
	rgb, ok := obj.(cacheContentTextColorRGB)
	if !ok {
		return false
	}

	return c.r == rgb.r && c.g == rgb.g && c.b == rgb.b
}
