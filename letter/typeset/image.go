package typeset

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/jpeg"
	"image/png"
	"io"
	"strings"
	"sync"

	"github.com/appeal-letters/appeal/internal/safe"
)

// Limits on an image: a logo or a scanned signature needs
// a few hundred kilobytes and a few hundred thousand pixels, and an image
// past these is a mistake or an attack (a small file can declare a huge
// picture, which decoding would allocate).
const (
	MaxImageSize   = 10 << 20   // bytes in the file
	maxImagePixels = 16_000_000 // width × height, e.g. 4000 × 4000
)

// CheckImage checks that data is a PNG or JPEG image within the limits
// and decodes it whole, and returns it re-encoded in the forms Render is
// known to handle: an 8-bit, non-interlaced PNG (grey, RGB or
// RGB with alpha) or a baseline JPEG (grey or YCbCr). Interlaced, 16-bit,
// palette and CMYK images are converted. Its errors read after the file's
// name: "is not a PNG or JPEG image".
func CheckImage(data []byte) (img []byte, err error) {
	if int64(len(data)) > MaxImageSize {
		return nil, &safe.TooLargeError{Limit: MaxImageSize}
	}
	sum := sha256.Sum256(data)
	if cached, ok := decoded.get(sum); ok {
		return cached, nil
	}
	defer func() {
		// The decoders are the standard library's, but the bytes are a
		// stranger's: a panic in them is a bad image, not a crash.
		if r := recover(); r != nil {
			img, err = nil, fmt.Errorf("cannot be read as an image (%v)", r)
		}
	}()
	var format string
	switch {
	case bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")):
		format = "png"
		if err := checkChunks(data); err != nil {
			return nil, fmt.Errorf("is a broken PNG file: %v", err)
		}
	case bytes.HasPrefix(data, []byte{0xFF, 0xD8, 0xFF}):
		format = "jpeg"
	default:
		return nil, errors.New("is not a PNG or JPEG image")
	}
	c, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("is a broken %s file: %v", strings.ToUpper(format), err)
	}
	if c.Width <= 0 || c.Height <= 0 {
		return nil, errors.New("is an empty image (no pixels)")
	}
	if int64(c.Width)*int64(c.Height) > maxImagePixels {
		return nil, fmt.Errorf("is %d × %d pixels, more than the %d million an image may have; scale it down (a logo or signature needs about 1000 pixels across)",
			c.Width, c.Height, maxImagePixels/1_000_000)
	}
	var m image.Image
	if format == "png" {
		m, err = png.Decode(bytes.NewReader(data))
	} else {
		m, err = jpeg.Decode(bytes.NewReader(data))
	}
	if err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) || strings.Contains(err.Error(), "not enough pixel data") {
			return nil, fmt.Errorf("is a cut-off %s file: it ends before the image does", strings.ToUpper(format))
		}
		return nil, fmt.Errorf("is a broken %s file: %v", strings.ToUpper(format), err)
	}
	var out bytes.Buffer
	if format == "jpeg" {
		err = jpeg.Encode(&out, toJPEGModel(m), &jpeg.Options{Quality: 95})
	} else {
		err = (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&out, to8Bit(m))
	}
	if err != nil {
		return nil, fmt.Errorf("cannot be converted: %v", err)
	}
	decoded.put(sum, out.Bytes())
	return out.Bytes(), nil
}

// FitImage returns the size of an image scaled to fit in maxW × maxH
// points, keeping its proportions.
func FitImage(data []byte, maxW, maxH float64) (w, h float64, err error) {
	c, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err == nil && format != "png" && format != "jpeg" {
		err = fmt.Errorf("%s images are not supported, only PNG and JPEG", format)
	}
	if err == nil && (c.Width == 0 || c.Height == 0) {
		err = errors.New("image is empty")
	}
	if err != nil {
		return 0, 0, err
	}
	scale := min(maxW/float64(c.Width), maxH/float64(c.Height))
	return float64(c.Width) * scale, float64(c.Height) * scale, nil
}

// checkChunks walks a PNG file's chunks and checks that each fits in the
// file: a chunk that declares gigabytes makes some readers allocate them.
func checkChunks(data []byte) error {
	rest := data[8:]
	for len(rest) > 0 {
		if len(rest) < 12 {
			return errors.New("it ends inside a chunk header")
		}
		n := binary.BigEndian.Uint32(rest)
		kind := string(rest[4:8])
		if int64(n) > int64(len(rest)-12) {
			return fmt.Errorf("chunk %q declares %d bytes, but the file has only %d more", safe.Text(kind), n, len(rest)-12)
		}
		rest = rest[12+n:]
		if kind == "IEND" {
			return nil
		}
	}
	return errors.New("it has no end (IEND chunk)")
}

// to8Bit returns m in a model Go's PNG encoder writes with 8 bits a
// sample and no palette: grey, or RGB(A).
func to8Bit(m image.Image) image.Image {
	switch m.(type) {
	case *image.Gray, *image.NRGBA, *image.RGBA:
		return m
	}
	b := m.Bounds()
	if m.ColorModel() == color.Gray16Model {
		g := image.NewGray(b)
		draw.Draw(g, b, m, b.Min, draw.Src)
		return g
	}
	n := image.NewNRGBA(b)
	draw.Draw(n, b, m, b.Min, draw.Src)
	return n
}

// toJPEGModel returns m in a model Go's JPEG encoder writes as grey or
// YCbCr: a CMYK JPEG (as Photoshop writes) becomes RGB.
func toJPEGModel(m image.Image) image.Image {
	switch m.(type) {
	case *image.Gray, *image.YCbCr:
		return m
	}
	b := m.Bounds()
	n := image.NewRGBA(b)
	draw.Draw(n, b, m, b.Min, draw.Src)
	return n
}

// decoded remembers the last images converted, by their bytes: a batch
// puts the same logo and signatures in every letter.
var decoded = &imageCache{}

type imageCache struct {
	mu   sync.Mutex
	keys [][sha256.Size]byte
	data [][]byte
}

const imageCacheSize = 8

func (c *imageCache) get(k [sha256.Size]byte) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for i, key := range c.keys {
		if key == k {
			return c.data[i], true
		}
	}
	return nil, false
}

func (c *imageCache) put(k [sha256.Size]byte, data []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.keys) == imageCacheSize {
		c.keys, c.data = c.keys[1:], c.data[1:]
	}
	c.keys = append(c.keys, k)
	c.data = append(c.data, data)
}
