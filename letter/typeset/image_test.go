package typeset

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"math"
	"strings"
	"testing"
)

// pngChunk is one PNG chunk: length, kind, data and CRC.
func pngChunk(kind string, data []byte) []byte {
	var b bytes.Buffer
	binary.Write(&b, binary.BigEndian, uint32(len(data)))
	b.WriteString(kind)
	b.Write(data)
	binary.Write(&b, binary.BigEndian, crc32.ChecksumIEEE(append([]byte(kind), data...)))
	return b.Bytes()
}

// rawPNG writes a PNG from its header fields and the unfiltered rows of
// its IDAT (each row led by filter byte 0), with any extra chunks before it.
func rawPNG(w, h uint32, depth, colorType, interlace byte, rows []byte, extra ...[]byte) []byte {
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	hdr := binary.BigEndian.AppendUint32(nil, w)
	hdr = binary.BigEndian.AppendUint32(hdr, h)
	hdr = append(hdr, depth, colorType, 0, 0, interlace)
	b.Write(pngChunk("IHDR", hdr))
	for _, c := range extra {
		b.Write(c)
	}
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write(rows)
	zw.Close()
	b.Write(pngChunk("IDAT", z.Bytes()))
	b.Write(pngChunk("IEND", nil))
	return b.Bytes()
}

// interlacedPNG is an 8×8 RGB image stored in Adam7 order.
func interlacedPNG() []byte {
	passes := []struct{ x0, y0, dx, dy int }{{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}}
	var rows []byte
	for _, p := range passes {
		for y := p.y0; y < 8; y += p.dy {
			rows = append(rows, 0)
			for x := p.x0; x < 8; x += p.dx {
				rows = append(rows, byte(x*32), byte(y*32), 200)
			}
		}
	}
	return rawPNG(8, 8, 8, 2, 1, rows)
}

func encodePNG(m image.Image) []byte {
	var b bytes.Buffer
	if err := png.Encode(&b, m); err != nil {
		panic(err)
	}
	return b.Bytes()
}

func encodeJPEG(m image.Image) []byte {
	var b bytes.Buffer
	if err := jpeg.Encode(&b, m, nil); err != nil {
		panic(err)
	}
	return b.Bytes()
}

// imageCases are images as volunteers and attackers send them: each must
// either be accepted and print in a PDF, or be refused with a message.
func imageCases() []struct {
	name string
	data []byte
	err  string // "" when the image is accepted
} {
	rgba16 := image.NewRGBA64(image.Rect(0, 0, 20, 10))
	gray16 := image.NewGray16(image.Rect(0, 0, 20, 10))
	pal := image.NewPaletted(image.Rect(0, 0, 20, 10), color.Palette{color.Black, color.NRGBA{200, 0, 0, 128}})
	gray := image.NewGray(image.Rect(0, 0, 20, 10))
	cmyk := image.NewCMYK(image.Rect(0, 0, 20, 10))
	for x := range 20 {
		rgba16.Set(x, x/2, color.RGBA64{0, 0, 0xFFFF, 0xFFFF})
		pal.SetColorIndex(x, x/2, 1)
		cmyk.Set(x, x/2, color.CMYK{0, 200, 200, 0})
	}
	ok := signaturePNG()
	return []struct {
		name string
		data []byte
		err  string
	}{
		{"rgba", ok, ""},
		{"16-bit", encodePNG(rgba16), ""},
		{"16-bit grey", encodePNG(gray16), ""},
		{"palette with transparency", encodePNG(pal), ""},
		{"grey", encodePNG(gray), ""},
		{"interlaced", interlacedPNG(), ""},
		{"jpeg", encodeJPEG(gray), ""},
		{"cmyk drawn as jpeg", encodeJPEG(cmyk), ""},
		{"empty", nil, "is not a PNG or JPEG image"},
		{"gif", []byte("GIF89a not really"), "is not a PNG or JPEG image"},
		{"cut off", ok[:len(ok)*2/3], "is a broken PNG file"},
		{"cut off in the image data", rawPNG(100, 100, 8, 2, 0, make([]byte, 50)), "is a cut-off PNG file"},
		{"huge declared size", rawPNG(50000, 50000, 8, 6, 0, make([]byte, 10)), "is 50000 × 50000 pixels"},
		{"20000 square", rawPNG(20000, 20000, 8, 0, 0, make([]byte, 10)), "is 20000 × 20000 pixels"},
		{"zero width", rawPNG(0, 10, 8, 0, 0, nil), "is a broken PNG file"},
		{"chunk of 4 GB", append([]byte("\x89PNG\r\n\x1a\n\xff\xff\xff\xf0IDAT"), make([]byte, 30)...), `chunk "IDAT" declares 4294967280 bytes`},
		{"short tRNS", rawPNG(2, 1, 8, 3, 0, []byte{0, 0, 1}, pngChunk("PLTE", []byte{0, 0, 0, 255, 0, 0}), pngChunk("tRNS", []byte{})), ""},
		{"tRNS longer than the palette", rawPNG(2, 1, 8, 3, 0, []byte{0, 0, 1}, pngChunk("PLTE", []byte{0, 0, 0, 255, 0, 0}), pngChunk("tRNS", []byte{1, 2, 3})), ""},
		{"short alpha rows", rawPNG(4, 4, 8, 6, 0, make([]byte, 5)), "is a cut-off PNG file"},
		{"jpeg cut off", encodeJPEG(gray)[:100], "JPEG"},
		{"too large", append([]byte("\x89PNG\r\n\x1a\n"), make([]byte, MaxImageSize)...), "is larger than 10 MiB"},
	}
}

// TestCheckImage checks that every image is refused with a message or
// converted into one that Render places in a valid document.
func TestCheckImage(t *testing.T) {
	for _, tt := range imageCases() {
		t.Run(tt.name, func(t *testing.T) {
			img, err := CheckImage(tt.data)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("CheckImage = %v, want an error with %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("CheckImage: %v", err)
			}
			if _, err := renderImage(img); err != nil {
				t.Fatalf("rendering the image in a PDF: %v", err)
			}
		})
	}
}

// renderImage renders a one-page document with img on it, fitted into a
// box 45 × 20 mm, as a logo.
func renderImage(img []byte) ([]byte, error) {
	w, h, err := FitImage(img, 128, 57)
	if err != nil {
		return nil, err
	}
	d := &Document{Width: 595, Height: 842, Fonts: Fonts{DefaultFont()}, Pages: []*Page{{
		Spans:    []Span{{X: 72, Y: 72, Size: 11, Text: "Logo"}},
		Pictures: []Picture{{X: 72, Y: 100, W: w, H: h, Name: "logo.png", Data: img}},
	}}}
	return d.Render()
}

// TestFitImage checks that an image keeps its proportions in its box, and
// that one Render could not place is refused.
func TestFitImage(t *testing.T) {
	for _, tt := range []struct {
		data       []byte
		maxW, maxH float64
		w, h       float64
	}{
		{signaturePNG(), 120, 60, 120, 30}, // 240 × 60: the width limits
		{signaturePNG(), 480, 60, 240, 60}, // the height limits
	} {
		w, h, err := FitImage(tt.data, tt.maxW, tt.maxH)
		if err != nil || w != tt.w || h != tt.h {
			t.Errorf("FitImage(240 × 60, %v, %v) = %v, %v, %v, want %v, %v", tt.maxW, tt.maxH, w, h, err, tt.w, tt.h)
		}
	}
	if _, _, err := FitImage([]byte("GIF89a not really"), 100, 100); err == nil {
		t.Error("FitImage(a broken GIF) succeeded")
	}
}

// signaturePNG is a scribble to sign with.
func signaturePNG() []byte {
	img := image.NewNRGBA(image.Rect(0, 0, 240, 60))
	for x := range 240 {
		y := 30 + int(20*math.Sin(float64(x)/12))
		for d := range 3 {
			img.Set(x, y+d, color.NRGBA{0, 0, 120, 255})
		}
	}
	return encodePNG(img)
}
