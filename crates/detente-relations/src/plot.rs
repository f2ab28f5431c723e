//! Plots as SVG or PNG: a dyad's series over time, and a triangle's three edge series beside a
//! diagram of its latest verdict (edge signs, pivot marked).
//!
//! Drawn with `plotters`. The SVG backend writes text as SVG `<text>` elements, so no font file
//! is needed. PNG plots are drawn on `plotters`' bitmap backend wrapped in `GlyphBackend`,
//! which writes text with the 8x8 glyphs of the `font8x8` crate (compiled in, so nothing is
//! read or downloaded at run time), and are encoded with the `png` crate. Both formats come
//! from the same drawing code, so they show the same content.

use std::path::Path;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::day::Day;
use crate::dyad::{Series, WindowStats};
use crate::triad::{Configuration, EdgeMeasure, Sign, Triad, TriadWindow, EDGES};

/// The file formats plots are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlotFormat {
    /// Scalable vector graphics (text stays text).
    Svg,
    /// A PNG raster image, 8-bit RGB.
    Png,
}

impl PlotFormat {
    /// The format a file name asks for by its extension (`.svg` or `.png`, any case), or
    /// `None` for any other name.
    pub fn from_path(path: &Path) -> Option<Self> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "svg" => Some(Self::Svg),
            "png" => Some(Self::Png),
            _ => None,
        }
    }
}

const EDGE_COLORS: [RGBColor; 3] = [
    RGBColor(31, 119, 180),
    RGBColor(255, 127, 14),
    RGBColor(148, 103, 189),
];
const POSITIVE: RGBColor = RGBColor(44, 160, 44);
const NEGATIVE: RGBColor = RGBColor(214, 39, 40);
const UNKNOWN: RGBColor = RGBColor(150, 150, 150);

fn plot_error<E: std::error::Error + Send + Sync>(error: DrawingAreaErrorKind<E>) -> crate::Error {
    crate::Error::Plot(error.to_string())
}

/// One line of a chart: a label and its points `(day, value)`.
struct Line {
    label: String,
    color: RGBColor,
    points: Vec<Option<(i32, f64)>>,
}

fn score_of(window: &WindowStats, measure: EdgeMeasure) -> Option<f64> {
    match measure {
        EdgeMeasure::Mean => window.goldstein_mean,
        EdgeMeasure::QuadBalance => window.quad_balance,
        EdgeMeasure::Decayed => window.decayed,
    }
}

/// Points at the middle of each window; `None` where the window has no score, so that lines
/// break over empty windows instead of bridging them.
fn line_of(series: &Series, measure: EdgeMeasure, label: String, color: RGBColor) -> Line {
    Line {
        label,
        color,
        points: series
            .windows
            .iter()
            .map(|window| {
                let middle = (window.start.0 + window.end.0) / 2;
                score_of(window, measure).map(|score| (middle, score))
            })
            .collect(),
    }
}

fn draw_lines<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    caption: &str,
    y_label: &str,
    range: (f64, f64),
    days: (Day, Day),
    lines: &[Line],
) -> Result<(), crate::Error> {
    let (first, last) = (days.0 .0, days.1 .0.max(days.0 .0 + 1));
    let mut chart = ChartBuilder::on(area)
        .caption(caption, ("sans-serif", 18))
        .margin(12)
        .x_label_area_size(32)
        .y_label_area_size(56)
        .build_cartesian_2d(first..last, range.0..range.1)
        .map_err(plot_error)?;
    chart
        .configure_mesh()
        .x_labels(6)
        .light_line_style(WHITE)
        .x_label_formatter(&|day| Day(*day).to_string())
        .y_desc(y_label)
        .draw()
        .map_err(plot_error)?;
    chart
        .draw_series(LineSeries::new(
            [(first, 0.0), (last, 0.0)],
            BLACK.mix(0.4).stroke_width(1),
        ))
        .map_err(plot_error)?;
    for line in lines {
        let color = line.color;
        let runs = line
            .points
            .split(Option::is_none)
            .filter(|run| run.len() > 1)
            .map(|run| {
                PathElement::new(
                    run.iter().flatten().copied().collect::<Vec<_>>(),
                    color.stroke_width(2),
                )
            });
        chart.draw_series(runs).map_err(plot_error)?;
        chart
            .draw_series(
                line.points
                    .iter()
                    .flatten()
                    .map(|&point| Circle::new(point, 3, color.filled())),
            )
            .map_err(plot_error)?
            .label(line.label.as_str())
            .legend(move |(x, y)| {
                PathElement::new(vec![(x, y), (x + 18, y)], color.stroke_width(2))
            });
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::LowerLeft)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .draw()
        .map_err(plot_error)?;
    Ok(())
}

fn measure_range(measure: EdgeMeasure) -> (f64, f64, &'static str) {
    match measure {
        EdgeMeasure::QuadBalance => (-1.05, 1.05, "quad balance"),
        EdgeMeasure::Mean => (-10.0, 10.0, "mean Goldstein"),
        EdgeMeasure::Decayed => (-10.0, 10.0, "decayed mean Goldstein"),
    }
}

fn span_of(series: &Series) -> (Day, Day) {
    match (series.windows.first(), series.windows.last()) {
        (Some(first), Some(last)) => (first.start, Day(last.end.0 + 1)),
        _ => (Day(0), Day(1)),
    }
}

/// A chart of a dyad's mean Goldstein value and decayed score per window, as the bytes of a
/// file in `format`.
pub fn series_plot(series: &Series, format: PlotFormat) -> Result<Vec<u8>, crate::Error> {
    match format {
        PlotFormat::Svg => svg(SERIES_SIZE, |root| draw_series(root, series)),
        PlotFormat::Png => png(SERIES_SIZE, |root| draw_series(root, series)),
    }
}

/// A picture of a triangle, as the bytes of a file in `format`: its three edge scores over time
/// on the left, and on the right its overall verdict as a diagram (green `+`, red `-`, grey `?`
/// edges; the pivot ringed).
pub fn triangle_plot(
    triad: &Triad,
    measure: EdgeMeasure,
    format: PlotFormat,
) -> Result<Vec<u8>, crate::Error> {
    match format {
        PlotFormat::Svg => svg(TRIANGLE_SIZE, |root| draw_triangle(root, triad, measure)),
        PlotFormat::Png => png(TRIANGLE_SIZE, |root| draw_triangle(root, triad, measure)),
    }
}

/// [`series_plot`] as SVG text.
pub fn series_svg(series: &Series) -> Result<String, crate::Error> {
    svg_text(series_plot(series, PlotFormat::Svg)?)
}

/// [`triangle_plot`] as SVG text.
pub fn triangle_svg(triad: &Triad, measure: EdgeMeasure) -> Result<String, crate::Error> {
    svg_text(triangle_plot(triad, measure, PlotFormat::Svg)?)
}

fn svg_text(bytes: Vec<u8>) -> Result<String, crate::Error> {
    String::from_utf8(bytes).map_err(|error| crate::Error::Plot(error.to_string()))
}

/// Runs `draw` on an SVG canvas of `size` pixels and returns the SVG file's bytes.
fn svg(
    size: (u32, u32),
    draw: impl FnOnce(&DrawingArea<SVGBackend<'_>, Shift>) -> Result<(), crate::Error>,
) -> Result<Vec<u8>, crate::Error> {
    let mut text = String::new();
    {
        let root = SVGBackend::with_string(&mut text, size).into_drawing_area();
        draw(&root)?;
    }
    Ok(text.into_bytes())
}

/// Runs `draw` on an RGB canvas of `size` pixels and returns the PNG file's bytes.
fn png(
    size: (u32, u32),
    draw: impl FnOnce(&DrawingArea<GlyphBackend<'_>, Shift>) -> Result<(), crate::Error>,
) -> Result<Vec<u8>, crate::Error> {
    let (width, height) = size;
    let mut pixels = vec![255u8; width as usize * height as usize * 3];
    {
        let root = GlyphBackend {
            pixels: BitMapBackend::with_buffer(&mut pixels, size),
        }
        .into_drawing_area();
        draw(&root)?;
    }
    let png_error = |error: png::EncodingError| crate::Error::Plot(error.to_string());
    let mut bytes = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut bytes, width, height);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().map_err(png_error)?;
        writer.write_image_data(&pixels).map_err(png_error)?;
        writer.finish().map_err(png_error)?;
    }
    Ok(bytes)
}

/// Text on the bitmap backend, kept apart because `plotters_backend`'s style traits clash with
/// `plotters`' own in method lookup.
mod glyphs {
    use plotters::prelude::{BitMapBackend, DrawingBackend};
    use plotters::style::text_anchor::{HPos, VPos};
    use plotters_backend::{
        BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind, FontTransform,
    };

    /// `plotters`' bitmap backend with text drawn from the `font8x8` glyphs: the bitmap backend
    /// alone can only draw text through a system font (the `ttf` feature), which a plot must not
    /// depend on. Everything but text goes to the bitmap backend unchanged.
    ///
    /// Text of 16 pixels or more is drawn with each glyph pixel doubled (16 pixels a letter),
    /// smaller text at the glyphs' own 8 pixels; rotated text (the y axis label) is rotated.
    pub(super) struct GlyphBackend<'a> {
        pub(super) pixels: BitMapBackend<'a>,
    }

    /// The glyph of `letter`: ASCII and Latin-1 from the font, dashes and the minus sign as `-`,
    /// anything else as `?`.
    fn glyph(letter: char) -> [u8; 8] {
        let code = u32::from(letter);
        let index = |code: u32| usize::try_from(code).unwrap_or(usize::from(b'?'));
        match letter {
            '\u{2010}'..='\u{2015}' | '\u{2212}' => {
                font8x8::legacy::BASIC_LEGACY[usize::from(b'-')]
            }
            _ if code < 0x80 => font8x8::legacy::BASIC_LEGACY[index(code)],
            _ if (0xA0..0x100).contains(&code) => font8x8::legacy::LATIN_LEGACY[index(code - 0xA0)],
            _ => font8x8::legacy::BASIC_LEGACY[usize::from(b'?')],
        }
    }

    /// How many pixels each glyph pixel becomes at a font size.
    fn glyph_scale(size: f64) -> i32 {
        if size >= 16.0 {
            2
        } else {
            1
        }
    }

    /// The width and height in pixels of `text` set unrotated at `size`.
    fn text_box(text: &str, size: f64) -> (i32, i32) {
        let cell = 8 * glyph_scale(size);
        let letters = i32::try_from(text.chars().count()).unwrap_or(i32::MAX / cell);
        (letters.saturating_mul(cell), cell)
    }

    impl<'a> DrawingBackend for GlyphBackend<'a> {
        type ErrorType = <BitMapBackend<'a> as DrawingBackend>::ErrorType;

        fn get_size(&self) -> (u32, u32) {
            self.pixels.get_size()
        }

        fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
            self.pixels.ensure_prepared()
        }

        fn present(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
            self.pixels.present()
        }

        fn draw_pixel(
            &mut self,
            point: BackendCoord,
            color: BackendColor,
        ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
            self.pixels.draw_pixel(point, color)
        }

        fn draw_line<S: BackendStyle>(
            &mut self,
            from: BackendCoord,
            to: BackendCoord,
            style: &S,
        ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
            self.pixels.draw_line(from, to, style)
        }

        fn draw_rect<S: BackendStyle>(
            &mut self,
            upper_left: BackendCoord,
            bottom_right: BackendCoord,
            style: &S,
            fill: bool,
        ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
            self.pixels.draw_rect(upper_left, bottom_right, style, fill)
        }

        fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
            &mut self,
            path: I,
            style: &S,
        ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
            self.pixels.draw_path(path, style)
        }

        fn draw_circle<S: BackendStyle>(
            &mut self,
            center: BackendCoord,
            radius: u32,
            style: &S,
            fill: bool,
        ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
            self.pixels.draw_circle(center, radius, style, fill)
        }

        fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
            &mut self,
            vert: I,
            style: &S,
        ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
            self.pixels.fill_polygon(vert, style)
        }

        fn blit_bitmap(
            &mut self,
            pos: BackendCoord,
            size: (u32, u32),
            src: &[u8],
        ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
            self.pixels.blit_bitmap(pos, size, src)
        }

        fn draw_text<TStyle: BackendTextStyle>(
            &mut self,
            text: &str,
            style: &TStyle,
            pos: BackendCoord,
        ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
            let color = style.color();
            if color.alpha == 0.0 {
                return Ok(());
            }
            let scale = glyph_scale(style.size());
            let (width, height) = text_box(text, style.size());
            // Where the anchor point lies in the unrotated text box.
            let anchor = style.anchor();
            let dx = match anchor.h_pos {
                HPos::Left => 0,
                HPos::Center => -width / 2,
                HPos::Right => -width,
            };
            let dy = match anchor.v_pos {
                VPos::Top => 0,
                VPos::Center => -height / 2,
                VPos::Bottom => -height,
            };
            let transform: FontTransform = style.transform();
            let (canvas_width, canvas_height) = self.get_size();
            let inside = |(x, y): BackendCoord| {
                u32::try_from(x).is_ok_and(|x| x < canvas_width)
                    && u32::try_from(y).is_ok_and(|y| y < canvas_height)
            };
            for (column, letter) in (0..).zip(text.chars()) {
                let left = column * 8 * scale;
                for (row, bits) in (0..).zip(glyph(letter)) {
                    for bit in 0..8 {
                        if bits >> bit & 1 == 0 {
                            continue;
                        }
                        for sy in 0..scale {
                            for sx in 0..scale {
                                let x = left + bit * scale + sx + dx;
                                let y = row * scale + sy + dy;
                                let (x, y) = transform.transform(x, y);
                                let point = (pos.0 + x, pos.1 + y);
                                if inside(point) {
                                    self.pixels.draw_pixel(point, color)?;
                                }
                            }
                        }
                    }
                }
            }
            Ok(())
        }

        fn estimate_text_size<TStyle: BackendTextStyle>(
            &self,
            text: &str,
            style: &TStyle,
        ) -> Result<(u32, u32), DrawingErrorKind<Self::ErrorType>> {
            let (width, height) = text_box(text, style.size());
            Ok((width.unsigned_abs(), height.unsigned_abs()))
        }
    }
}

use glyphs::GlyphBackend;

const SERIES_SIZE: (u32, u32) = (900, 420);
const TRIANGLE_SIZE: (u32, u32) = (1100, 440);

fn draw_series<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    series: &Series,
) -> Result<(), crate::Error> {
    root.fill(&WHITE).map_err(plot_error)?;
    let lines = [
        line_of(
            series,
            EdgeMeasure::Mean,
            "mean Goldstein".to_string(),
            EDGE_COLORS[0],
        ),
        line_of(
            series,
            EdgeMeasure::Decayed,
            format!("decayed (half-life {} days)", series.config.half_life_days),
            EDGE_COLORS[1],
        ),
    ];
    let caption = format!(
        "{} – {} by {}",
        series.a,
        series.b,
        series.config.window.name()
    );
    draw_lines(
        root,
        &caption,
        "Goldstein",
        (-10.0, 10.0),
        span_of(series),
        &lines,
    )?;
    root.present().map_err(plot_error)
}

fn draw_triangle<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    triad: &Triad,
    measure: EdgeMeasure,
) -> Result<(), crate::Error> {
    root.fill(&WHITE).map_err(plot_error)?;
    let (left, right) = root.split_horizontally(680);
    let lines: Vec<Line> = (0..3)
        .map(|edge| {
            let [x, y] = EDGES[edge];
            line_of(
                &triad.series[edge],
                measure,
                format!("{}–{}", triad.actors[x], triad.actors[y]),
                EDGE_COLORS[edge],
            )
        })
        .collect();
    let (low, high, label) = measure_range(measure);
    let caption = format!(
        "{} by {}",
        triad
            .actors
            .iter()
            .map(|actor| actor.code())
            .collect::<Vec<_>>()
            .join(" – "),
        triad.series[0].config.window.name()
    );
    draw_lines(
        &left,
        &caption,
        label,
        (low, high),
        span_of(&triad.series[0]),
        &lines,
    )?;
    draw_diagram(&right, triad, &triad.overall)?;
    root.present().map_err(plot_error)
}

fn draw_diagram<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    triad: &Triad,
    window: &TriadWindow,
) -> Result<(), crate::Error> {
    let corners = [(210, 100), (80, 335), (340, 335)];
    let title = match window.configuration {
        Configuration::Indeterminate => "indeterminate".to_string(),
        configuration => configuration.name().replace('_', " "),
    };
    // Two lines, so that the longest verdict fits the PNG's 16-pixel letters.
    for (text, top) in [("overall:".to_string(), 10), (title, 32)] {
        area.draw(&Text::new(text, (20, top), ("sans-serif", 18).into_font()))
            .map_err(plot_error)?;
    }
    for edge in &window.edges {
        let [x, y] = edge.actors;
        let color = match edge.sign {
            Sign::Positive => POSITIVE,
            Sign::Negative => NEGATIVE,
            Sign::Indeterminate => UNKNOWN,
        };
        area.draw(&PathElement::new(
            vec![corners[x], corners[y]],
            color.stroke_width(4),
        ))
        .map_err(plot_error)?;
        let middle = (
            (corners[x].0 + corners[y].0) / 2,
            (corners[x].1 + corners[y].1) / 2,
        );
        // Left edge: label ending to its left; right edge: starting to its right; bottom
        // edge: centred below.
        let (place, anchor) = match [x, y] {
            [0, 1] => (
                (middle.0 - 14, middle.1),
                Pos::new(HPos::Right, VPos::Center),
            ),
            [0, 2] => (
                (middle.0 + 14, middle.1),
                Pos::new(HPos::Left, VPos::Center),
            ),
            _ => ((middle.0, middle.1 + 14), Pos::new(HPos::Center, VPos::Top)),
        };
        let score = edge
            .score
            .map_or_else(|| "NA".to_string(), |score| format!("{score:+.2}"));
        area.draw(&Text::new(
            format!("{}  r={score}  n={}", edge.sign.symbol(), edge.n),
            place,
            ("sans-serif", 15).into_font().color(&color).pos(anchor),
        ))
        .map_err(plot_error)?;
    }
    let pivot = window.configuration.pivot();
    for (position, corner) in corners.iter().enumerate() {
        if pivot == Some(position) {
            area.draw(&Circle::new(*corner, 38, BLACK.stroke_width(3)))
                .map_err(plot_error)?;
        }
        area.draw(&Circle::new(*corner, 30, WHITE.filled()))
            .map_err(plot_error)?;
        area.draw(&Circle::new(*corner, 30, BLACK.stroke_width(2)))
            .map_err(plot_error)?;
        area.draw(&Text::new(
            triad.actors[position].code().to_string(),
            *corner,
            ("sans-serif", 16)
                .into_font()
                .color(&BLACK)
                .pos(Pos::new(HPos::Center, VPos::Center)),
        ))
        .map_err(plot_error)?;
    }
    if let Some(position) = pivot {
        area.draw(&Text::new(
            format!("pivot: {}", triad.actors[position]),
            (20, 400),
            ("sans-serif", 16).into_font(),
        ))
        .map_err(plot_error)?;
    }
    Ok(())
}
