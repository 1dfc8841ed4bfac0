package workflow

import (
	"bytes"
	"fmt"
	"image/color"
	"math"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// The chart is drawn at twice the size it is shown in the mail (ChartWidth x ChartHeight
// CSS pixels), so that it stays sharp on phones and high-resolution screens.
const (
	ChartWidth  = 600
	ChartHeight = 360
	chartScale  = 2
)

type chartLabels struct{ in, done, cost, title, costTitle string }

func labelsFor(lang string) chartLabels {
	if normLang(lang) == "en" {
		return chartLabels{in: "received", done: "done", cost: "extra work", title: "Requests per week", costTitle: "Extra-work cost per week (EUR)"}
	}
	return chartLabels{in: "binnengekomen", done: "gereed", cost: "meerwerk", title: "Verzoeken per week", costTitle: "Kosten meerwerk per week (EUR)"}
}

func normLang(lang string) string {
	if strings.HasPrefix(strings.ToLower(strings.TrimSpace(lang)), "en") {
		return "en"
	}
	return "nl"
}

var (
	colorIn   = color.RGBA{R: 0x1f, G: 0x6f, B: 0xeb, A: 0xff}
	colorDone = color.RGBA{R: 0x1a, G: 0x7f, B: 0x37, A: 0xff}
	colorCost = color.RGBA{R: 0xbc, G: 0x4c, B: 0x00, A: 0xff}
)

// chartPlots builds the two panels of the trend chart: requests in vs done as grouped bars,
// and the extra-work cost as a line with a point per week.
func chartPlots(trend []WeekPoint, lang string) (counts, cost *plot.Plot, err error) {
	if len(trend) == 0 {
		return nil, nil, fmt.Errorf("chart: no weeks")
	}
	lb := labelsFor(lang)
	names := make([]string, len(trend))
	in := make(plotter.Values, len(trend))
	done := make(plotter.Values, len(trend))
	money := make(plotter.XYs, len(trend))
	for i, w := range trend {
		names[i] = shortWeek(w.Week)
		in[i] = float64(w.In)
		done[i] = float64(w.Done)
		money[i] = plotter.XY{X: float64(i), Y: float64(w.CostCents) / 100}
	}

	counts = plot.New()
	counts.Title.Text = lb.title
	counts.Y.Min = 0
	counts.Y.Tick.Marker = intTicks{}
	width := vg.Points(9)
	barsIn, err := plotter.NewBarChart(in, width)
	if err != nil {
		return nil, nil, fmt.Errorf("chart: %w", err)
	}
	barsIn.Color, barsIn.LineStyle.Width, barsIn.Offset = colorIn, 0, -width/2
	barsDone, err := plotter.NewBarChart(done, width)
	if err != nil {
		return nil, nil, fmt.Errorf("chart: %w", err)
	}
	barsDone.Color, barsDone.LineStyle.Width, barsDone.Offset = colorDone, 0, width/2
	counts.Add(plotter.NewGrid(), barsIn, barsDone)
	counts.Legend.Add(lb.in, barsIn)
	counts.Legend.Add(lb.done, barsDone)
	counts.Legend.Top, counts.Legend.Left = true, true
	counts.NominalX(names...)
	counts.X.Min, counts.X.Max = -0.5, float64(len(trend))-0.5
	// Head room above the highest bar for the legend.
	top := 1.0
	for i := range in {
		top = math.Max(top, math.Max(in[i], done[i]))
	}
	counts.Y.Max = math.Ceil(top * 1.4)

	cost = plot.New()
	cost.Title.Text = lb.costTitle
	cost.Y.Min = 0
	line, points, err := plotter.NewLinePoints(money)
	if err != nil {
		return nil, nil, fmt.Errorf("chart: %w", err)
	}
	line.Color, line.Width = colorCost, vg.Points(1.5)
	points.Color, points.Shape = colorCost, draw.CircleGlyph{}
	cost.Add(plotter.NewGrid(), line, points)
	cost.NominalX(names...)
	cost.X.Min, cost.X.Max = -0.5, float64(len(trend))-0.5
	return counts, cost, nil
}

// Chart renders the trend as a PNG of ChartWidth*2 x ChartHeight*2 pixels.
func Chart(trend []WeekPoint, lang string) (png []byte, err error) {
	defer func() {
		// The plotting library panics on some degenerate input; a digest without a chart
		// is better than none.
		if r := recover(); r != nil {
			png, err = nil, fmt.Errorf("chart: %v", r)
		}
	}()
	counts, cost, err := chartPlots(trend, lang)
	if err != nil {
		return nil, err
	}
	const dpi = 96 * chartScale
	c := vgimg.NewWith(vgimg.UseWH(vg.Points(ChartWidth*72.0/96), vg.Points(ChartHeight*72.0/96)), vgimg.UseDPI(dpi))
	dc := draw.New(c)
	tiles := draw.Tiles{Rows: 2, Cols: 1, PadX: vg.Points(4), PadY: vg.Points(6), PadTop: vg.Points(4),
		PadBottom: vg.Points(4), PadLeft: vg.Points(4), PadRight: vg.Points(8)}
	plots := [][]*plot.Plot{{counts}, {cost}}
	canvases := plot.Align(plots, tiles, dc)
	counts.Draw(canvases[0][0])
	cost.Draw(canvases[1][0])
	var buf bytes.Buffer
	if _, err := (vgimg.PngCanvas{Canvas: c}).WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("chart: %w", err)
	}
	return buf.Bytes(), nil
}

// shortWeek turns "2026-W48" into "W48".
func shortWeek(w string) string {
	if i := strings.Index(w, "-"); i >= 0 {
		return w[i+1:]
	}
	return w
}

// intTicks puts ticks on whole numbers only (counts of requests).
type intTicks struct{}

func (intTicks) Ticks(lo, hi float64) []plot.Tick {
	if hi-lo <= 0 || math.IsNaN(hi) || math.IsNaN(lo) {
		return nil
	}
	step := math.Max(1, math.Ceil((hi-lo)/5))
	var out []plot.Tick
	for v := math.Ceil(lo); v <= hi && len(out) < 20; v += step {
		out = append(out, plot.Tick{Value: v, Label: fmt.Sprintf("%d", int64(v))})
	}
	return out
}
