//! `detente ingest` and `detente recode` end to end, against SQLite and (when
//! `DETENTE_TEST_POSTGRES` names a server) PostgreSQL: crash safety under SIGKILL, idempotent
//! re-ingest, bad records, re-coding.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use detente_store::{EventFilter, Store};

const BIN: &str = env!("CARGO_BIN_EXE_detente");

/// A scratch folder with a generated corpus, removed on drop.
struct Scratch {
    dir: PathBuf,
}

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir =
            std::env::temp_dir().join(format!("detente-store-it-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch { dir }
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Runs `scenario` with a fresh store location per name: SQLite files in `scratch`, and
/// PostgreSQL schemas when configured.
fn check(name: &str, scenario: impl Fn(&Scratch, &dyn Fn(&str) -> String)) {
    let scratch = Scratch::new(name);
    let sqlite = |label: &str| {
        scratch
            .dir
            .join(format!("{label}.db"))
            .display()
            .to_string()
    };
    scenario(&scratch, &sqlite);
    if let Some(url) = postgres_url() {
        let postgres = |label: &str| postgres_schema(&url, &format!("{name}_{label}"));
        scenario(&scratch, &postgres);
    }
}

fn postgres_url() -> Option<String> {
    match std::env::var("DETENTE_TEST_POSTGRES") {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "CI=true but DETENTE_TEST_POSTGRES is not set: .ci/run starts a server and sets it"
            );
            eprintln!("DETENTE_TEST_POSTGRES is not set: PostgreSQL ingest tests skipped");
            None
        }
    }
}

fn postgres_schema(url: &str, name: &str) -> String {
    let schema = format!("it_{name}_{}", std::process::id());
    let mut client = postgres::Client::connect(url, postgres::NoTls).unwrap();
    client
        .batch_execute(&format!(
            "SET client_min_messages = WARNING; DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}"
        ))
        .unwrap();
    let separator = if url.contains('?') { '&' } else { '?' };
    format!("{url}{separator}options=-c%20search_path%3D{schema}")
}

const COUNTRIES: [&str; 8] = [
    "Russia", "Ukraine", "China", "France", "Germany", "Japan", "Iran", "Israel",
];
const ACTS: [&str; 6] = [
    "accused",
    "praised",
    "threatened",
    "met",
    "criticized",
    "thanked",
];

/// A corpus of `articles` generated articles in two JSONL files and a CSV file, with bad
/// records of every kind among them (which are skipped).
fn corpus(scratch: &Scratch, articles: usize) -> Vec<PathBuf> {
    let mut lines = Vec::new();
    for index in 0..articles {
        let pick = |salt: usize, list: &[&'static str]| list[(index * 7 + salt * 3) % list.len()];
        let (source, target) = (pick(1, &COUNTRIES), pick(5, &COUNTRIES));
        let target = if source == target { "Turkey" } else { target };
        // Thirty paragraphs an article, so that ingesting the corpus lasts long enough for the
        // kill test to stop it part-way (with three sentences an article it finished between
        // two polls of the store).
        let text = (0..30)
            .map(|paragraph| {
                format!(
                    "{source} {} {target} on Monday. Officials in {target} said talks would go on. Item {index}.{paragraph}.",
                    pick(2 + paragraph, &ACTS)
                )
            })
            .collect::<Vec<_>>()
            .join("\n\n");
        let date = format!("2019-03-{:02}", 1 + index % 28);
        lines.push(serde_json::json!({"id": format!("n{index}"), "date": date, "source": format!("paper{}", index % 3), "text": text}).to_string());
    }
    let half = lines.len() / 2;
    let mut first = lines[..half].join("\n").into_bytes();
    first.extend_from_slice(
        b"\n{not json\n{\"id\":\"bad-date\",\"date\":\"someday\",\"text\":\"Russia met Iran.\"}\n",
    );
    first.extend_from_slice(
        b"{\"id\":\"utf\",\"text\":\"Russia \xff met Iran.\"}\n{\"id\":\"empty\",\"text\":\"\"}\n",
    );
    first.extend_from_slice(
        format!(
            "{{\"id\":\"huge\",\"text\":\"{}\"}}\n",
            "word ".repeat(5000)
        )
        .as_bytes(),
    );
    let second = lines[half..].join("\n");
    let csv = "id,date,title,source,url,text\n\
        c1,2019-04-01,Talks,Agency,http://example.invalid/1,\"China praised France, \"\"warmly\"\".\"\n\
        c2,,Undated,Agency,,Germany criticized Iran.\n\
        c3,2019-04-02,Short,Agency\n";
    let paths = vec![
        scratch.dir.join("a.jsonl"),
        scratch.dir.join("b.jsonl"),
        scratch.dir.join("c.csv"),
    ];
    std::fs::write(&paths[0], first).unwrap();
    std::fs::write(&paths[1], second).unwrap();
    std::fs::write(&paths[2], csv).unwrap();
    paths
}

fn ingest_command(paths: &[PathBuf], db: &str) -> Command {
    let mut command = Command::new(BIN);
    command
        .arg("ingest")
        .args(paths)
        .args([
            "--db",
            db,
            "--batch",
            "7",
            "--threads",
            "2",
            "--max-article-bytes",
            "20000",
        ])
        .env_remove("CI");
    command
}

fn run(mut command: Command) -> Output {
    let output = command.output().unwrap();
    assert!(
        matches!(output.status.code(), Some(0 | 4)),
        "{:?}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn dump(db: &str) -> String {
    Store::open(db).unwrap().dump().unwrap()
}

fn stored_articles(db: &str) -> u64 {
    // The store may not exist yet, or be mid-migration: count nothing then.
    Store::open(db)
        .and_then(|mut store| store.counts())
        .map_or(0, |counts| counts.articles)
}

#[test]
fn killing_ingest_at_any_moment_loses_and_duplicates_nothing() {
    check("kill", |scratch, location| {
        let paths = corpus(scratch, 240);
        let clean = location("clean");
        let output = run(ingest_command(&paths, &clean));
        assert_eq!(
            output.status.code(),
            Some(4),
            "bad records make a partial success"
        );
        let expected = dump(&clean);
        let stored = stored_articles(&clean);
        assert_eq!(stored, 240 + 2, "240 JSON articles and 2 CSV rows");

        // Kill at fixed fractions of the work (seen in the store), and once right after start.
        let killed = location("killed");
        let mut partial_kills = 0;
        for target in [0, stored / 5, stored / 2, stored * 4 / 5] {
            let mut child = ingest_command(&paths, &killed)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .unwrap();
            let started = Instant::now();
            loop {
                if child.try_wait().unwrap().is_some() {
                    break;
                }
                let now = stored_articles(&killed);
                let due = if target == 0 {
                    started.elapsed() > Duration::from_millis(300)
                } else {
                    now >= target
                };
                if due {
                    child.kill().unwrap(); // SIGKILL
                    break;
                }
                assert!(started.elapsed() < Duration::from_secs(300), "ingest hangs");
                std::thread::sleep(Duration::from_millis(15));
            }
            let _ = child.wait();
            let now = stored_articles(&killed);
            if now > 0 && now < stored {
                partial_kills += 1;
            }
        }
        assert!(
            partial_kills >= 2,
            "the kills should fall mid-ingest ({partial_kills})"
        );
        run(ingest_command(&paths, &killed));
        assert_eq!(dump(&killed), expected);

        // Running the same command again changes nothing.
        let again = run(ingest_command(&paths, &killed));
        let summary = String::from_utf8_lossy(&again.stderr);
        assert!(
            summary.contains("wrote 0 articles and 0 events"),
            "{summary}"
        );
        assert!(summary.contains("242 already stored"), "{summary}");
        assert_eq!(dump(&killed), expected);
    });
}

#[test]
fn bad_records_are_reported_with_file_and_line_and_counted() {
    check("bad", |scratch, location| {
        let paths = corpus(scratch, 10);
        let db = location("db");
        let output = run(ingest_command(&paths, &db));
        let stderr = String::from_utf8_lossy(&output.stderr);
        let name = |path: &Path| path.display().to_string();
        for expected in [
            format!("skipped: {}:6: not a JSON article object", name(&paths[0])),
            format!("skipped: {}:7: `someday` is not a date", name(&paths[0])),
            format!("skipped: {}:8: invalid UTF-8", name(&paths[0])),
            format!("skipped: {}:9: the text is empty", name(&paths[0])),
            format!(
                "skipped: {}:10: 25023 bytes, more than the limit of 20000",
                name(&paths[0])
            ),
            format!("warning: {}:3: article `c2` has no date", name(&paths[2])),
            format!(
                "skipped: {}:4: 4 fields where the header has 6",
                name(&paths[2])
            ),
        ] {
            assert!(
                stderr.contains(&expected),
                "missing `{expected}` in\n{stderr}"
            );
        }
        assert!(
            stderr.contains("read 18 records, skipped 6 (1 broken CSV, 1 broken JSON, 1 empty text, 1 invalid UTF-8, 1 malformed date, 1 too large); warnings: 1 no date"),
            "{stderr}"
        );
        let mut store = Store::open(&db).unwrap();
        let events = store.events(&EventFilter::default()).unwrap();
        assert!(!events.is_empty());
        for event in &events {
            assert!(!event.sentence_text.is_empty());
            assert!(
                event.coder_version.starts_with("detente "),
                "{}",
                event.coder_version
            );
        }
        let c1 = events.iter().find(|event| event.record.article_id == "c1");
        let c1 = c1.expect("the CSV article is coded");
        assert_eq!(c1.article.title.as_deref(), Some("Talks"));
        assert_eq!(c1.sentence_text, "China praised France, \"warmly\".");
    });
}

#[test]
fn recode_replaces_events_only_for_other_coder_versions() {
    check("recode", |scratch, location| {
        let paths = corpus(scratch, 12);
        let db = location("db");
        run(ingest_command(&paths, &db));
        let before = dump(&db);
        let recode = |all: bool| {
            let mut command = Command::new(BIN);
            command.args(["recode", "--db", &db, "--threads", "2"]);
            if all {
                command.arg("--all");
            }
            String::from_utf8_lossy(&run(command).stderr).into_owned()
        };
        let nothing = recode(false);
        assert!(nothing.contains("read 0 records"), "{nothing}");
        let everything = recode(true);
        assert!(everything.contains("read 14 records"), "{everything}");
        // The same coder gives the same events.
        assert_eq!(dump(&db), before);
    });
}
