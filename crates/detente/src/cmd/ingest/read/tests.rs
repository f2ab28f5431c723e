//! Reader tests: every kind of bad record is reported with its line and skipped, the good ones
//! around it are kept.

use super::*;

/// What reading `content` as a file named `name` yields: one line per item, `article id date`,
/// `skipped line reason` or `warning line reason`.
fn check(name: &str, content: &[u8], max_record_bytes: usize, expected: &[&str]) {
    let dir = std::env::temp_dir().join(format!("detente-read-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    let (files, problems) = list_files(std::slice::from_ref(&dir));
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(files.len(), 1, "{files:?}");
    let options = ReadOptions {
        max_record_bytes,
        lossy: false,
    };
    let mut seen = Vec::new();
    let mut last_progress = 0;
    read_file(
        &files[0],
        options,
        &mut |item| {
            let where_ = |origin: &str| match origin.rsplit_once(':') {
                Some((_, line)) => line.to_string(),
                None => Path::new(origin)
                    .file_name()
                    .unwrap()
                    .to_string_lossy()
                    .into_owned(),
            };
            seen.push(match item {
                Item::Article(read) => format!(
                    "article {} {} {}",
                    read.article.id,
                    read.article
                        .date
                        .map_or("-".to_string(), |date| date.to_string()),
                    read.article.text.len()
                ),
                Item::Skipped(skip) => format!("skipped {} {}", where_(&skip.origin), skip.reason),
                Item::Warning(skip) => format!("warning {} {}", where_(&skip.origin), skip.reason),
            });
            true
        },
        &mut |bytes| {
            assert!(bytes >= last_progress);
            last_progress = bytes;
        },
    );
    assert_eq!(last_progress, content.len() as u64);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(seen, expected, "{name}");
}

#[test]
fn jsonl_bad_records_are_skipped_with_their_line() {
    let mut input = Vec::new();
    input.extend_from_slice(b"{\"id\":\"a\",\"date\":\"2019-03-01\",\"text\":\"Some text.\"}\n");
    input.extend_from_slice(b"{broken\n");
    input.extend_from_slice(b"\n");
    input.extend_from_slice(b"{\"id\":7,\"text\":\"No date.\"}\r\n");
    input.extend_from_slice(b"{\"id\":\"b\",\"date\":\"March\",\"text\":\"x\"}\n");
    input.extend_from_slice(b"{\"id\":\"c\",\"text\":\"   \"}\n");
    input.extend_from_slice(b"{\"id\":\"d\",\"text\":\"\xff\"}\n");
    input.extend_from_slice(b"{\"id\":\"e\",\"date\":\"2019-03-02T10:00:00Z\",\"text\":\"");
    input.extend_from_slice(&[b'y'; 300]);
    input.extend_from_slice(b"\"}\n{\"title\":\"no text\"}\n{\"text\":\"last, no newline\"}");
    check(
        "a.jsonl",
        &input,
        200,
        &[
            "article a 2019-03-01 10",
            "skipped 2 broken JSON",
            "warning 4 no date",
            "article 7 - 8",
            "skipped 5 malformed date",
            "skipped 6 empty text",
            "skipped 7 invalid UTF-8",
            "skipped 8 too large",
            "skipped 9 no text",
            "warning 10 no date",
            "article a-line-10 - 16",
        ],
    );
}

#[test]
fn csv_rows_with_quotes_line_breaks_and_problems() {
    let input = b"id,date,source,text,extra\r\n\
a,2019-03-01,Reuters,\"He said \"\"no\"\",\r\nthen left.\",x\r\n\
b,2019-03-02,AP,too few\n\
c,bad,AP,text,x\n\
\"d\",2019-03-03,,\"long long long long long long long long long\",x\n\
e,2019-03-04,AP,\"fine\",x\n\
f,2019-03-05,AP,\"unterminated,x\n";
    check(
        "b.csv",
        input,
        60,
        &[
            "article a 2019-03-01 25",
            "skipped 4 broken CSV",
            "skipped 5 malformed date",
            "skipped 6 too large",
            "article e 2019-03-04 4",
            "skipped 8 broken CSV",
        ],
    );
    check(
        "c.csv",
        b"id,body\n1,text\n",
        100,
        &["skipped 1 broken CSV"],
    );
}

#[test]
fn text_files_are_one_article_and_size_checked_before_reading() {
    check(
        "story.txt",
        b"Russia accused Ukraine.",
        100,
        &["article story - 23"],
    );
    check("big.txt", &[b'z'; 101], 100, &["skipped big.txt too large"]);
    check("empty.txt", b" \n", 100, &["skipped empty.txt empty text"]);
    check(
        "bad.txt",
        b"ab\xffc",
        100,
        &["skipped bad.txt invalid UTF-8"],
    );
}

#[test]
fn folders_are_walked_in_order_for_known_extensions() {
    let dir = std::env::temp_dir().join(format!("detente-walk-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    for name in ["b.txt", "a.jsonl", "sub/c.csv", "notes.md", ".hidden.txt"] {
        std::fs::write(dir.join(name), "x").unwrap();
    }
    let (files, _) = list_files(std::slice::from_ref(&dir));
    let ids: Vec<(String, FileKind)> = files
        .iter()
        .map(|file| (file.text_id.clone(), file.kind))
        .collect();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(
        ids,
        vec![
            ("a".to_string(), FileKind::Jsonl),
            ("b".to_string(), FileKind::Text),
            ("sub/c".to_string(), FileKind::Csv),
        ]
    );
    let (_, problems) = list_files(&[PathBuf::from("/nonexistent/detente")]);
    assert_eq!(problems.len(), 1);
}
