//! Store tests, run against SQLite (a temporary file) and, when `DETENTE_TEST_POSTGRES` names a
//! server, against PostgreSQL too (each test in a schema of its own).

use super::*;

/// Runs `scenario` on a fresh SQLite store and, when configured, a fresh PostgreSQL store.
fn check(name: &str, scenario: impl Fn(&mut Store)) {
    for location in locations(name) {
        let mut store =
            Store::open(&location.url).unwrap_or_else(|error| panic!("{}: {error}", location.url));
        scenario(&mut store);
    }
}

struct Location {
    url: String,
    file: Option<std::path::PathBuf>,
}

impl Drop for Location {
    fn drop(&mut self) {
        if let Some(file) = &self.file {
            for suffix in ["", "-wal", "-shm"] {
                let mut path = file.clone().into_os_string();
                path.push(suffix);
                let _ = std::fs::remove_file(path);
            }
        }
    }
}

fn locations(name: &str) -> Vec<Location> {
    let file = std::env::temp_dir().join(format!("detente-store-{name}-{}.db", std::process::id()));
    let _ = std::fs::remove_file(&file);
    let mut out = vec![Location {
        url: file.display().to_string(),
        file: Some(file),
    }];
    if let Some(url) = postgres_test_url() {
        out.push(Location {
            url: postgres_schema(&url, name),
            file: None,
        });
    }
    out
}

/// The PostgreSQL server for tests: `DETENTE_TEST_POSTGRES`. Under `CI=true` it must be set.
pub(crate) fn postgres_test_url() -> Option<String> {
    match std::env::var("DETENTE_TEST_POSTGRES") {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "CI=true but DETENTE_TEST_POSTGRES is not set: .ci/run starts a server and sets it"
            );
            eprintln!("DETENTE_TEST_POSTGRES is not set: PostgreSQL store tests skipped");
            None
        }
    }
}

/// A URL whose connections use a fresh schema `name_pid` (dropped first if left over).
fn postgres_schema(url: &str, name: &str) -> String {
    let schema = format!("test_{name}_{}", std::process::id());
    let mut client = postgres::Client::connect(url, postgres::NoTls)
        .unwrap_or_else(|error| panic!("cannot connect to {url}: {error}"));
    client
        .batch_execute(&format!(
            "SET client_min_messages = WARNING; DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}"
        ))
        .expect("create a test schema");
    let separator = if url.contains('?') { '&' } else { '?' };
    format!("{url}{separator}options=-c%20search_path%3D{schema}")
}

fn record(
    article_id: &str,
    sentence_index: usize,
    source: &str,
    target: Option<&str>,
    date: Option<&str>,
) -> EventRecord {
    EventRecord {
        schema: detente_code::record::SCHEMA,
        record: "event".to_string(),
        article_id: article_id.to_string(),
        sentence_index,
        event_date: date.map(str::to_string),
        date_granularity: date.map(|_| "day".to_string()),
        date_source: date.map(|_| "article".to_string()),
        source_text: "Moscow".to_string(),
        source_code: source.to_string(),
        source_country: source.get(..3).unwrap_or(source).to_string(),
        source_sector: Some("GOV".to_string()),
        target_text: target.map(|_| "Kyiv".to_string()),
        target_code: target.map(str::to_string),
        target_country: target.map(|code| code.get(..3).unwrap_or(code).to_string()),
        target_sector: None,
        cameo_code: "0311".to_string(),
        cameo_base: "031".to_string(),
        cameo_root: "03".to_string(),
        plover_type: Some("AGREE".to_string()),
        plover_mode: None,
        plover_context: Some("economic;military".to_string()),
        goldstein: 5.2,
        quad_class: 1,
        predicate_text: "promised".to_string(),
        predicate_start: 7,
        predicate_end: 15,
        source_start: 0,
        source_end: 6,
        target_start: target.map(|_| 19),
        target_end: target.map(|_| 23),
        source_antecedent_text: Some("Russia".to_string()),
        source_antecedent_start: Some(100),
        source_antecedent_end: Some(106),
        target_antecedent_text: None,
        target_antecedent_start: None,
        target_antecedent_end: None,
        speaker_text: Some("a spokesman".to_string()),
        speaker_code: None,
        quote_index: Some(2),
        location_text: Some("Geneva".to_string()),
        location_country: Some("CHE".to_string()),
        location_lat: Some(46.20222),
        location_lon: Some(6.14569),
        location_id: Some("2660646".to_string()),
        rule: "lexicon/events/agree.events:12 PROMISE [to]".to_string(),
        confidence: 0.875,
    }
}

fn article(
    id: &str,
    source: Option<&str>,
    date: Option<&str>,
    events: Vec<EventRecord>,
) -> NewArticle {
    NewArticle {
        info: ArticleInfo {
            id: id.to_string(),
            date: date.map(str::to_string),
            title: Some(format!("Title of {id}")),
            source: source.map(str::to_string),
            url: None,
        },
        text: format!("Moscow promised to Kyiv. ({id})"),
        origin: format!("input.jsonl:{}", id.len()),
        coder_version: "detente 0.1.0 test".to_string(),
        events: events
            .into_iter()
            .map(|record| NewEvent {
                record,
                sentence_text: "Moscow promised to Kyiv.".to_string(),
            })
            .collect(),
    }
}

fn sample() -> Vec<NewArticle> {
    vec![
        article(
            "a",
            Some("Guardian"),
            Some("2019-03-01"),
            vec![
                record("a", 0, "RUSGOV", Some("UKR"), Some("2019-03-01")),
                record("a", 2, "USA", Some("CHN"), Some("2019-03-01")),
            ],
        ),
        article(
            "b",
            Some("Reuters"),
            Some("2019-03-05"),
            vec![record("b", 1, "RUSMIL", None, Some("2019-03-05"))],
        ),
        article(
            "c",
            None,
            None,
            vec![record("c", 0, "FRA", Some("RUS"), None)],
        ),
    ]
}

#[test]
fn events_round_trip_with_their_article_and_sentence() {
    check("round_trip", |store| {
        let counts = store.write_articles(&sample()).unwrap();
        assert_eq!(
            counts,
            WriteCounts {
                articles: 3,
                already_stored: 0,
                events: 4
            }
        );
        let events = store.events(&EventFilter::default()).unwrap();
        let written: Vec<EventRecord> = sample()
            .into_iter()
            .flat_map(|article| article.events.into_iter().map(|event| event.record))
            .collect();
        let read: Vec<EventRecord> = events.iter().map(|event| event.record.clone()).collect();
        assert_eq!(read, written);
        assert_eq!(events[2].article.source.as_deref(), Some("Reuters"));
        assert_eq!(events[2].article.title.as_deref(), Some("Title of b"));
        assert_eq!(events[0].sentence_text, "Moscow promised to Kyiv.");
        assert_eq!(events[0].coder_version, "detente 0.1.0 test");
        for event in &events {
            assert_eq!(
                event.cluster,
                ClusterInfo {
                    id: event.id,
                    num_mentions: 1,
                    num_sources: 1,
                    num_articles: 1
                }
            );
        }
        assert_eq!(store.schema_version().unwrap(), schema::latest_version());
    });
}

#[test]
fn many_events_of_one_article_keep_their_order() {
    check("many", |store| {
        let records: Vec<EventRecord> = (0..41)
            .map(|index| record("m", index, "RUSGOV", None, None))
            .collect();
        store
            .write_articles(&[article("m", None, None, records.clone())])
            .unwrap();
        let read: Vec<EventRecord> = store
            .events(&EventFilter::default())
            .unwrap()
            .into_iter()
            .map(|event| event.record)
            .collect();
        assert_eq!(read, records);
    });
}

#[test]
fn writing_the_same_articles_again_changes_nothing() {
    check("idempotent", |store| {
        store.write_articles(&sample()).unwrap();
        let before = store.dump().unwrap();
        let again = store.write_articles(&sample()).unwrap();
        assert_eq!(
            again,
            WriteCounts {
                articles: 0,
                already_stored: 3,
                events: 0
            }
        );
        assert_eq!(store.dump().unwrap(), before);
        assert_eq!(
            store.counts().unwrap(),
            Counts {
                articles: 3,
                events: 4,
                clusters: 4
            }
        );
        let hashes = store.known_hashes().unwrap();
        assert!(hashes.contains(&content_hash(&sample()[1].info, &sample()[1].text)));
        assert_eq!(hashes.len(), 3);
    });
}

#[test]
fn filters_select_by_date_and_actor() {
    check("filters", |store| {
        store.write_articles(&sample()).unwrap();
        let ids = |store: &mut Store, filter: EventFilter| -> Vec<(String, usize)> {
            store
                .events(&filter)
                .unwrap()
                .into_iter()
                .map(|event| (event.record.article_id, event.record.sentence_index))
                .collect()
        };
        let since = EventFilter {
            since: Some("2019-03-02".into()),
            ..EventFilter::default()
        };
        assert_eq!(ids(store, since), vec![("b".to_string(), 1)]);
        let until = EventFilter {
            until: Some("2019-03-01".into()),
            ..EventFilter::default()
        };
        assert_eq!(
            ids(store, until),
            vec![("a".to_string(), 0), ("a".to_string(), 2)]
        );
        // A code prefix matches source or target; a country matches either side.
        let rus = EventFilter {
            actor: Some("RUS".into()),
            ..EventFilter::default()
        };
        assert_eq!(
            ids(store, rus),
            vec![
                ("a".to_string(), 0),
                ("b".to_string(), 1),
                ("c".to_string(), 0)
            ]
        );
        let rusmil = EventFilter {
            actor: Some("RUSMIL".into()),
            ..EventFilter::default()
        };
        assert_eq!(ids(store, rusmil), vec![("b".to_string(), 1)]);
        let percent = EventFilter {
            actor: Some("%".into()),
            ..EventFilter::default()
        };
        assert_eq!(ids(store, percent), vec![]);
    });
}

#[test]
fn clusters_are_recomputed_idempotently_and_dedup_keeps_one_mention() {
    check("clusters", |store| {
        store.write_articles(&sample()).unwrap();
        // Merge every RUS-sourced mention into the first one's cluster.
        let merge = |events: &[StoredEvent]| -> Vec<ClusterInfo> {
            let first_rus = events
                .iter()
                .find(|event| event.record.source_country == "RUS")
                .map(|event| event.id);
            events
                .iter()
                .map(|event| match first_rus {
                    Some(first) if event.record.source_country == "RUS" => ClusterInfo {
                        id: first,
                        num_mentions: 2,
                        num_sources: 2,
                        num_articles: 2,
                    },
                    _ => ClusterInfo {
                        id: event.id,
                        num_mentions: 1,
                        num_sources: 1,
                        num_articles: 1,
                    },
                })
                .collect()
        };
        assert_eq!(store.update_clusters(merge).unwrap(), 2);
        let dump = store.dump().unwrap();
        assert_eq!(store.update_clusters(merge).unwrap(), 0);
        assert_eq!(store.dump().unwrap(), dump);
        assert_eq!(store.counts().unwrap().clusters, 3);
        let all = store.events(&EventFilter::default()).unwrap();
        assert_eq!(all[2].cluster.num_mentions, 2);
        assert_eq!(all[2].cluster.id, all[0].id);
        let dedup = store
            .events(&EventFilter {
                dedup: true,
                ..EventFilter::default()
            })
            .unwrap();
        assert_eq!(dedup.len(), 3);
        assert!(dedup.iter().all(|event| event.id != all[2].id));
        // A clustering that does not return one cluster per event is refused.
        assert!(store.update_clusters(|_| Vec::new()).is_err());
    });
}

#[test]
fn recoding_replaces_events_and_records_the_coder() {
    check("recode", |store| {
        store.write_articles(&sample()).unwrap();
        let stale = store.articles_after(0, 10, Some("detente 0.2.0")).unwrap();
        assert_eq!(stale.len(), 3);
        assert_eq!(stale[0].info.id, "a");
        assert_eq!(stale[0].text, "Moscow promised to Kyiv. (a)");
        assert_eq!(
            store.articles_after(stale[0].row, 1, None).unwrap()[0]
                .info
                .id,
            "b"
        );
        let recoded = Recoded {
            row: stale[0].row,
            coder_version: "detente 0.2.0".to_string(),
            events: vec![NewEvent {
                record: record("a", 1, "DEU", None, None),
                sentence_text: "Berlin said.".to_string(),
            }],
        };
        assert_eq!(store.replace_events(&[recoded]).unwrap(), 1);
        let events = store.events(&EventFilter::default()).unwrap();
        assert_eq!(events.len(), 3);
        let new = events
            .iter()
            .find(|event| event.record.article_id == "a")
            .unwrap();
        assert_eq!(new.coder_version, "detente 0.2.0");
        assert_eq!(new.record.source_code, "DEU");
        assert_eq!(
            store
                .articles_after(0, 10, Some("detente 0.2.0"))
                .unwrap()
                .len(),
            2
        );
    });
}

#[test]
fn the_dump_does_not_depend_on_write_order() {
    check("dump_order", |store| {
        let mut reversed = sample();
        reversed.reverse();
        store.write_articles(&reversed).unwrap();
        let reversed_dump = store.dump().unwrap();
        for location in locations("dump_order_forward").into_iter().take(1) {
            let mut forward = Store::open(&location.url).unwrap();
            for article in sample() {
                forward.write_articles(&[article]).unwrap();
            }
            assert_eq!(forward.dump().unwrap(), reversed_dump);
        }
        assert_eq!(
            reversed_dump
                .lines()
                .filter(|line| line.starts_with("event "))
                .count(),
            4
        );
    });
}

#[test]
fn a_store_from_a_newer_detente_is_refused() {
    check("newer", |store| {
        store
            .backend
            .execute(
                "INSERT INTO schema_version (version) VALUES (?)",
                &[Value::Int(99)],
            )
            .unwrap();
        let error = schema::migrate(store.backend.as_mut()).unwrap_err();
        assert!(
            matches!(error, StoreError::NewerSchema { found: 99, .. }),
            "{error}"
        );
    });
}

#[test]
fn content_hashes_tell_fields_apart() {
    let info = ArticleInfo {
        id: "a".into(),
        title: Some("b".into()),
        ..ArticleInfo::default()
    };
    let moved = ArticleInfo {
        id: "a".into(),
        source: Some("b".into()),
        ..ArticleInfo::default()
    };
    assert_ne!(content_hash(&info, "text"), content_hash(&moved, "text"));
    assert_eq!(
        content_hash(&info, "text"),
        content_hash(&info.clone(), "text")
    );
    assert_eq!(content_hash(&info, "text").len(), 64);
}
