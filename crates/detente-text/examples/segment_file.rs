//! Segments a file once and prints counts: `cargo run --release -p detente-text --example
//! segment_file -- FILE`. Handy under `perf stat` to count the segmenter's own cycles.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let starts = args.iter().any(|a| a == "--starts");
    let Some(path) = args.iter().find(|a| !a.starts_with("--")).cloned() else {
        eprintln!("usage: segment_file FILE");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("{path}: {error}");
            std::process::exit(1);
        }
    };
    let started = std::time::Instant::now();
    let segmentation = detente_text::segment(&text);
    let elapsed = started.elapsed();
    if starts {
        // Sentence start offsets, one a line, for boundary analysis scripts.
        for sentence in &segmentation.sentences {
            println!("{}", sentence.span.start);
        }
        return;
    }
    println!(
        "{} bytes, {} sentences, {} tokens, {} words, {:.1} MB/s",
        text.len(),
        segmentation.sentences.len(),
        segmentation.tokens.len(),
        segmentation.words.len(),
        text.len() as f64 / elapsed.as_secs_f64() / 1e6
    );
}
