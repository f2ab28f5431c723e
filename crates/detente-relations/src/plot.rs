//! Plots as SVG text: a dyad's series over time, and a triangle's three edge series beside a
//! diagram of its latest verdict (edge signs, pivot marked).
//!
//! Drawn with `plotters`' SVG backend, which writes text as SVG `<text>` elements, so no font
//! file is needed or shipped.

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::day::Day;
use crate::dyad::{Series, WindowStats};
use crate::triad::{Configuration, EdgeMeasure, Sign, Triad, TriadWindow, EDGES};

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

fn draw_lines(
    area: &DrawingArea<SVGBackend<'_>, Shift>,
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
        .y_label_area_size(44)
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

/// An SVG chart of a dyad's mean Goldstein value and decayed score per window.
pub fn series_svg(series: &Series) -> Result<String, crate::Error> {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (900, 420)).into_drawing_area();
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
            &root,
            &caption,
            "Goldstein",
            (-10.0, 10.0),
            span_of(series),
            &lines,
        )?;
        root.present().map_err(plot_error)?;
    }
    Ok(svg)
}

/// An SVG picture of a triangle: its three edge scores over time on the left, and on the
/// right its overall verdict as a diagram (green `+`, red `−`, grey `?` edges; the pivot
/// ringed).
pub fn triangle_svg(triad: &Triad, measure: EdgeMeasure) -> Result<String, crate::Error> {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (1100, 440)).into_drawing_area();
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
        root.present().map_err(plot_error)?;
    }
    Ok(svg)
}

fn draw_diagram(
    area: &DrawingArea<SVGBackend<'_>, Shift>,
    triad: &Triad,
    window: &TriadWindow,
) -> Result<(), crate::Error> {
    let corners = [(210, 90), (80, 330), (340, 330)];
    let title = match window.configuration {
        Configuration::Indeterminate => "indeterminate".to_string(),
        configuration => configuration.name().replace('_', " "),
    };
    area.draw(&Text::new(
        format!("overall: {title}"),
        (20, 20),
        ("sans-serif", 18).into_font(),
    ))
    .map_err(plot_error)?;
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
        // Left edge: label to its left; right edge: to its right; bottom edge: below.
        let place = match [x, y] {
            [0, 1] => (middle.0 - 150, middle.1 - 8),
            [0, 2] => (middle.0 + 14, middle.1 - 8),
            _ => (middle.0 - 60, middle.1 + 14),
        };
        let score = edge
            .score
            .map_or_else(|| "NA".to_string(), |score| format!("{score:+.2}"));
        area.draw(&Text::new(
            format!("{}  r={score}  n={}", edge.sign.symbol(), edge.n),
            place,
            ("sans-serif", 15).into_font().color(&color),
        ))
        .map_err(plot_error)?;
    }
    let pivot = window.configuration.pivot();
    for (position, corner) in corners.iter().enumerate() {
        if pivot == Some(position) {
            area.draw(&Circle::new(*corner, 34, BLACK.stroke_width(3)))
                .map_err(plot_error)?;
        }
        area.draw(&Circle::new(*corner, 26, WHITE.filled()))
            .map_err(plot_error)?;
        area.draw(&Circle::new(*corner, 26, BLACK.stroke_width(2)))
            .map_err(plot_error)?;
        area.draw(&Text::new(
            triad.actors[position].code().to_string(),
            (corner.0 - 17, corner.1 - 8),
            ("sans-serif", 16).into_font(),
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
