//! Loading: reading folders, validating entries against the code tables and each other, merging
//! the built-in lexicon with a user folder, and compiling the result.
//!
//! Layers are merged in order (built-in first): code declarations of every layer are read
//! before any entry is checked, so a user folder may use codes it declares itself. Inside a layer
//! a collision (same keyword and phrase, different head; same pattern, different code; same
//! person id twice) is an error; across layers the later layer replaces (FORMAT.md, "User
//! folders and overrides").

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use crate::codes::CodeTables;
use crate::events::{EventEntry, EventIndex};
use crate::format::{parse_file, CueKind, DiscardScope, Entry, FileKind, Pattern, Phrase, Role};
use crate::matcher::Matcher;
use crate::Diagnostic;

/// A lexicon file's name (as shown in diagnostics) and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// The name used in diagnostics; its last component decides the [`FileKind`].
    pub name: String,
    /// The file's text.
    pub text: String,
}

/// A folder could not be read at all.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// Reading a directory or file failed.
    #[error("cannot read {path}: {source}")]
    Io {
        /// What could not be read.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The path is not a directory.
    #[error("{0} is not a directory")]
    NotADirectory(PathBuf),
}

/// Where an entry came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// File name as loaded.
    pub file: Arc<str>,
    /// Line number, from 1.
    pub line: usize,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(formatter, "{}:{}", self.file, self.line)
    }
}

/// What a matched phrase stands for.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Payload {
    /// A proper name of an actor (or of one of its institutions, with sectors).
    Actor {
        /// Actor code.
        code: String,
        /// Sectors, usually none.
        sectors: Vec<String>,
    },
    /// An adjective or demonym.
    Adjective {
        /// Actor code.
        code: String,
        /// Of an ethnic group living in the state (`ethnic` lines), not of the state itself.
        ethnic: bool,
    },
    /// A place standing for an institution.
    Metonym {
        /// Actor code.
        code: String,
        /// Sector.
        sector: String,
    },
    /// A title or role noun.
    Agent {
        /// PLOVER sector.
        sector: String,
        /// CAMEO agent code when it differs.
        cameo: Option<String>,
    },
    /// A person's name.
    Person {
        /// Index into [`Lexicon::persons`].
        person: usize,
    },
    /// A phrase that blocks matching.
    Discard {
        /// Sentence or story.
        scope: DiscardScope,
    },
}

impl Payload {
    fn keyword(&self) -> &'static str {
        match self {
            Payload::Actor { .. } => "actor",
            Payload::Adjective { .. } => "adjective",
            Payload::Metonym { .. } => "metonym",
            Payload::Agent { .. } => "agent",
            Payload::Person { .. } => "person",
            Payload::Discard { .. } => "discard",
        }
    }

    fn describe(&self) -> String {
        match self {
            Payload::Actor { code, sectors } if sectors.is_empty() => format!("actor {code}"),
            Payload::Actor { code, sectors } => format!("actor {code} {}", sectors.join(" ")),
            Payload::Adjective {
                code,
                ethnic: false,
            } => format!("adjective {code}"),
            Payload::Adjective { code, ethnic: true } => format!("ethnic {code}"),
            Payload::Metonym { code, sector } => format!("metonym {code} {sector}"),
            Payload::Agent {
                sector,
                cameo: None,
            } => format!("agent {sector}"),
            Payload::Agent {
                sector,
                cameo: Some(cameo),
            } => format!("agent {sector} {cameo}"),
            Payload::Person { person } => format!("person #{person}"),
            Payload::Discard {
                scope: DiscardScope::Sentence,
            } => "discard sentence".to_string(),
            Payload::Discard {
                scope: DiscardScope::Story,
            } => "discard story".to_string(),
        }
    }
}

/// A phrase of the merged lexicon with its meaning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhraseEntry {
    /// The phrase.
    pub phrase: Phrase,
    /// What it stands for.
    pub payload: Payload,
    /// Where it was written.
    pub origin: Origin,
}

/// A person with names and roles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// Slug id.
    pub id: String,
    /// Names.
    pub names: Vec<Phrase>,
    /// Roles, in the order written.
    pub roles: Vec<Role>,
    /// Where the `person` line is.
    pub origin: Origin,
}

/// A cue phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CueEntry {
    /// Kind of cue.
    pub kind: CueKind,
    /// Lemmas.
    pub words: Vec<String>,
    /// Where it was written.
    pub origin: Origin,
}

/// Counts that describe a loaded lexicon (`detente lexicon check` prints them).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Lines per keyword (`actor`, `agent`, `event`, …).
    pub lines: BTreeMap<&'static str, usize>,
    /// Items (phrases, patterns) per keyword, after merging.
    pub items: BTreeMap<&'static str, usize>,
    /// Persons.
    pub persons: usize,
    /// Roles of all persons.
    pub roles: usize,
    /// Distinct CAMEO codes used by `event` entries.
    pub event_codes: usize,
    /// CAMEO roots (`01` … `20`) covered by `event` entries.
    pub roots: Vec<String>,
    /// CAMEO codes in the code table.
    pub cameo_table: usize,
    /// Declared actor codes.
    pub actor_codes: usize,
    /// Declared sectors.
    pub sectors: usize,
    /// Files read.
    pub files: usize,
}

/// A loaded, validated and compiled lexicon.
#[derive(Debug)]
pub struct Lexicon {
    pub(crate) tables: CodeTables,
    pub(crate) phrases: Vec<PhraseEntry>,
    pub(crate) persons: Vec<Person>,
    pub(crate) cues: Vec<CueEntry>,
    pub(crate) events: EventIndex,
    pub(crate) matcher: Matcher,
    pub(crate) summary: Summary,
}

impl Lexicon {
    /// The built-in lexicon compiled into the binary (the repository's `lexicon/` folder).
    /// Faulty entries are dropped; [`Lexicon::builtin_diagnostics`] lists them (the test suite
    /// keeps that list empty).
    pub fn builtin() -> &'static Lexicon {
        &builtin_loaded().0
    }

    /// The problems found in the built-in lexicon (empty in a released build).
    pub fn builtin_diagnostics() -> &'static [Diagnostic] {
        &builtin_loaded().1
    }

    /// The built-in lexicon with a user folder's files on top.
    pub fn with_user(files: &[SourceFile]) -> (Lexicon, Vec<Diagnostic>) {
        load(&[&builtin_sources(), files])
    }

    /// The code tables.
    pub fn tables(&self) -> &CodeTables {
        &self.tables
    }

    /// Every phrase entry (actors, adjectives, metonyms, agents, person names, discards).
    pub fn phrases(&self) -> &[PhraseEntry] {
        &self.phrases
    }

    /// Every person.
    pub fn persons(&self) -> &[Person] {
        &self.persons
    }

    /// The person with `id`.
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.persons.iter().find(|person| person.id == id)
    }

    /// Every event entry, one per pattern.
    pub fn events(&self) -> &[EventEntry] {
        self.events.entries()
    }

    /// Every cue.
    pub fn cues(&self) -> &[CueEntry] {
        &self.cues
    }

    /// The kinds of cue a single lemma is (`warn` → threat).
    pub fn cue_kinds(&self, lemma: &str) -> Vec<CueKind> {
        let mut kinds: Vec<CueKind> = self
            .cues
            .iter()
            .filter(|cue| cue.words.len() == 1 && cue.words[0] == lemma)
            .map(|cue| cue.kind)
            .collect();
        kinds.sort();
        kinds.dedup();
        kinds
    }

    /// Counts for reports.
    pub fn summary(&self) -> &Summary {
        &self.summary
    }
}

fn builtin_loaded() -> &'static (Lexicon, Vec<Diagnostic>) {
    static BUILTIN: OnceLock<(Lexicon, Vec<Diagnostic>)> = OnceLock::new();
    BUILTIN.get_or_init(|| load(&[&builtin_sources()]))
}

/// The files of the built-in lexicon, named `lexicon/…`.
pub fn builtin_sources() -> Vec<SourceFile> {
    crate::embedded::FILES
        .iter()
        .map(|(name, text)| SourceFile {
            name: format!("lexicon/{name}"),
            text: text.to_string(),
        })
        .collect()
}

/// Reads every lexicon file under `dir`, recursively, in name order. Files the lexicon does not
/// use (`FORMAT.md`, other `.txt`) are skipped; invalid UTF-8 is replaced and reported.
pub fn read_dir(dir: &Path) -> Result<(Vec<SourceFile>, Vec<Diagnostic>), LoadError> {
    if !dir.is_dir() {
        return Err(LoadError::NotADirectory(dir.to_path_buf()));
    }
    let mut paths = Vec::new();
    collect(dir, &mut paths)?;
    paths.sort();
    let mut files = Vec::new();
    let mut diagnostics = Vec::new();
    for path in paths {
        let bytes = std::fs::read(&path).map_err(|source| LoadError::Io {
            path: path.clone(),
            source,
        })?;
        let name = path.display().to_string();
        let text = match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(error) => {
                let valid = error.utf8_error().valid_up_to();
                let line = error.as_bytes()[..valid]
                    .iter()
                    .filter(|b| **b == b'\n')
                    .count()
                    + 1;
                diagnostics.push(Diagnostic::new(
                    &name,
                    line,
                    "invalid UTF-8 (replaced by U+FFFD)".to_string(),
                ));
                String::from_utf8_lossy(error.as_bytes()).into_owned()
            }
        };
        files.push(SourceFile { name, text });
    }
    Ok((files, diagnostics))
}

fn collect(dir: &Path, paths: &mut Vec<PathBuf>) -> Result<(), LoadError> {
    let entries = std::fs::read_dir(dir).map_err(|source| LoadError::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    for entry in entries {
        let entry = entry.map_err(|source| LoadError::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        let path = entry.path();
        if path.is_dir() {
            collect(&path, paths)?;
        } else if path
            .file_name()
            .and_then(|name| name.to_str())
            .and_then(FileKind::of)
            .is_some()
        {
            paths.push(path);
        }
    }
    Ok(())
}

/// Loads layers of files (built-in first, then user folders): reads the code tables of all
/// layers, parses and checks every entry, merges with overrides, and compiles the matcher.
/// Diagnostics are sorted by file and line.
pub fn load(layers: &[&[SourceFile]]) -> (Lexicon, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut tables = CodeTables::default();
    let mut summary = Summary::default();
    let mut parsed: Vec<Vec<(Arc<str>, Vec<crate::format::Located>)>> = Vec::new();
    for files in layers {
        let mut layer = Vec::new();
        for file in files.iter() {
            let Some(kind) = FileKind::of(&file.name) else {
                continue;
            };
            summary.files += 1;
            match kind {
                FileKind::ActorCodes => {
                    tables.read_actor_codes(&file.name, &file.text, &mut diagnostics)
                }
                FileKind::Sectors => tables.read_sectors(&file.name, &file.text, &mut diagnostics),
                FileKind::CameoEvents => {
                    tables.read_cameo(&file.name, &file.text, &mut diagnostics)
                }
                _ => {
                    let (entries, problems) = parse_file(&file.name, kind, &file.text);
                    diagnostics.extend(problems);
                    layer.push((Arc::from(file.name.as_str()), entries));
                }
            }
        }
        parsed.push(layer);
    }

    let mut merger = Merger::default();
    for layer in &parsed {
        merger.merge_layer(layer, &tables, &mut summary, &mut diagnostics);
    }
    let Merger {
        phrases,
        persons,
        cues,
        events,
        ..
    } = merger;

    let mut phrase_entries: Vec<PhraseEntry> = phrases.into_values().collect();
    phrase_entries.sort_by(|a, b| {
        (a.origin.file.as_ref(), a.origin.line).cmp(&(b.origin.file.as_ref(), b.origin.line))
    });
    let persons: Vec<Person> = persons.into_values().collect();
    for (index, person) in persons.iter().enumerate() {
        for name in &person.names {
            phrase_entries.push(PhraseEntry {
                phrase: name.clone(),
                payload: Payload::Person { person: index },
                origin: person.origin.clone(),
            });
        }
    }
    let mut events: Vec<EventEntry> = events.into_values().collect();
    events.sort_by(|a, b| (&a.code, a.pattern.display()).cmp(&(&b.code, b.pattern.display())));

    for entry in &phrase_entries {
        *summary.items.entry(entry.payload.keyword()).or_default() += 1;
    }
    summary.items.insert("event", events.len());
    summary.items.insert("cue", cues.len());
    summary.persons = persons.len();
    summary.roles = persons.iter().map(|person| person.roles.len()).sum();
    let codes: BTreeSet<&str> = events.iter().map(|event| event.code.as_str()).collect();
    summary.event_codes = codes.len();
    summary.roots = codes
        .iter()
        .map(|code| code[..2].to_string())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    summary.cameo_table = tables.cameo_codes().count();
    summary.actor_codes = tables.actor_codes().count();
    summary.sectors = tables.sectors().count();

    let matcher = Matcher::build(&phrase_entries);
    let events = EventIndex::build(events);
    diagnostics.sort();
    let lexicon = Lexicon {
        tables,
        phrases: phrase_entries,
        persons,
        cues,
        events,
        matcher,
        summary,
    };
    (lexicon, diagnostics)
}

#[derive(Default)]
struct Merger {
    /// (keyword, phrase) → entry, merged over layers.
    phrases: HashMap<(&'static str, Phrase), PhraseEntry>,
    /// id → person, in id order.
    persons: BTreeMap<String, Person>,
    cues: Vec<CueEntry>,
    /// pattern display → entry.
    events: HashMap<String, EventEntry>,
}

impl Merger {
    fn merge_layer(
        &mut self,
        layer: &[(Arc<str>, Vec<crate::format::Located>)],
        tables: &CodeTables,
        summary: &mut Summary,
        diagnostics: &mut Vec<Diagnostic>,
    ) {
        let mut seen_phrases: HashMap<(&'static str, Phrase), (Payload, Origin)> = HashMap::new();
        let mut seen_patterns: HashMap<String, (String, Origin)> = HashMap::new();
        let mut seen_persons: HashMap<String, Origin> = HashMap::new();
        let mut error = |origin: &Origin, message: String| {
            diagnostics.push(Diagnostic::new(&origin.file, origin.line, message));
        };

        // Persons first, so that roles anywhere in the layer find them.
        for (file, entries) in layer {
            for located in entries {
                let Entry::Person { id, phrases } = &located.entry else {
                    continue;
                };
                let origin = Origin {
                    file: file.clone(),
                    line: located.line,
                };
                *summary.lines.entry("person").or_default() += 1;
                if let Some(first) = seen_persons.get(id) {
                    error(
                        &origin,
                        format!(
                            "conflicting duplicate: person `{id}` is already defined at {first}"
                        ),
                    );
                    continue;
                }
                seen_persons.insert(id.clone(), origin.clone());
                // A person line replaces the earlier layers' person, roles included.
                self.persons.insert(
                    id.clone(),
                    Person {
                        id: id.clone(),
                        names: phrases.clone(),
                        roles: Vec::new(),
                        origin,
                    },
                );
            }
        }

        for (file, entries) in layer {
            for located in entries {
                let origin = Origin {
                    file: file.clone(),
                    line: located.line,
                };
                let (keyword, payload, phrases) = match &located.entry {
                    Entry::Person { .. } => continue,
                    Entry::Actor {
                        code,
                        sectors,
                        phrases,
                    } => {
                        let mut problems = check_actor(tables, code);
                        problems.extend(
                            sectors
                                .iter()
                                .filter_map(|sector| check_sector(tables, sector)),
                        );
                        (
                            "actor",
                            problems_or(
                                problems,
                                Payload::Actor {
                                    code: code.clone(),
                                    sectors: sectors.clone(),
                                },
                            ),
                            phrases,
                        )
                    }
                    Entry::Adjective {
                        code,
                        ethnic,
                        phrases,
                    } => (
                        if *ethnic { "ethnic" } else { "adjective" },
                        problems_or(
                            check_actor(tables, code),
                            Payload::Adjective {
                                code: code.clone(),
                                ethnic: *ethnic,
                            },
                        ),
                        phrases,
                    ),
                    Entry::Metonym {
                        code,
                        sector,
                        phrases,
                    } => {
                        let mut problems = check_actor(tables, code);
                        problems.extend(check_sector(tables, sector));
                        (
                            "metonym",
                            problems_or(
                                problems,
                                Payload::Metonym {
                                    code: code.clone(),
                                    sector: sector.clone(),
                                },
                            ),
                            phrases,
                        )
                    }
                    Entry::Agent {
                        sector,
                        cameo,
                        phrases,
                    } => {
                        let mut problems: Vec<String> =
                            check_sector(tables, sector).into_iter().collect();
                        if let Some(cameo) = cameo {
                            problems.extend(check_agent_code(tables, cameo));
                        }
                        (
                            "agent",
                            problems_or(
                                problems,
                                Payload::Agent {
                                    sector: sector.clone(),
                                    cameo: cameo.clone(),
                                },
                            ),
                            phrases,
                        )
                    }
                    Entry::Discard { scope, phrases } => {
                        ("discard", Ok(Payload::Discard { scope: *scope }), phrases)
                    }
                    Entry::Role(role) => {
                        *summary.lines.entry("role").or_default() += 1;
                        let mut problems = check_actor(tables, &role.country);
                        problems.extend(
                            role.sectors
                                .iter()
                                .filter_map(|sector| check_sector(tables, sector)),
                        );
                        match self.persons.get_mut(&role.person) {
                            None => problems.push(format!(
                                "dangling person id `{}`: no `person {}` line",
                                role.person, role.person
                            )),
                            Some(person) if problems.is_empty() => person.roles.push(role.clone()),
                            Some(_) => {}
                        }
                        for problem in problems {
                            error(&origin, problem);
                        }
                        continue;
                    }
                    Entry::Event { code, patterns } => {
                        *summary.lines.entry("event").or_default() += 1;
                        if let Err(problem) = tables.cameo(code) {
                            error(&origin, problem.to_string());
                            continue;
                        }
                        for pattern in patterns {
                            self.add_event(code, pattern, &origin, &mut seen_patterns, &mut error);
                        }
                        continue;
                    }
                    Entry::Cue { kind, phrases } => {
                        *summary.lines.entry("cue").or_default() += 1;
                        for words in phrases {
                            let exists = self
                                .cues
                                .iter()
                                .any(|cue| cue.kind == *kind && &cue.words == words);
                            if !exists {
                                self.cues.push(CueEntry {
                                    kind: *kind,
                                    words: words.clone(),
                                    origin: origin.clone(),
                                });
                            }
                        }
                        continue;
                    }
                };
                *summary.lines.entry(keyword).or_default() += 1;
                let payload = match payload {
                    Ok(payload) => payload,
                    Err(problems) => {
                        for problem in problems {
                            error(&origin, problem);
                        }
                        continue;
                    }
                };
                for phrase in phrases {
                    let key = (keyword, phrase.clone());
                    if let Some((earlier, earlier_origin)) = seen_phrases.get(&key) {
                        if *earlier != payload {
                            error(
                                &origin,
                                format!(
                                    "conflicting duplicate: `{}` is `{}` here but `{}` at {earlier_origin}",
                                    phrase.display(),
                                    payload.describe(),
                                    earlier.describe()
                                ),
                            );
                        }
                        continue;
                    }
                    seen_phrases.insert(key.clone(), (payload.clone(), origin.clone()));
                    self.phrases.insert(
                        key,
                        PhraseEntry {
                            phrase: phrase.clone(),
                            payload: payload.clone(),
                            origin: origin.clone(),
                        },
                    );
                }
            }
        }
    }

    fn add_event(
        &mut self,
        code: &str,
        pattern: &Pattern,
        origin: &Origin,
        seen: &mut HashMap<String, (String, Origin)>,
        error: &mut impl FnMut(&Origin, String),
    ) {
        let key = pattern.display();
        if let Some((earlier, earlier_origin)) = seen.get(&key) {
            if earlier != code {
                error(
                    origin,
                    format!("conflicting duplicate: pattern `{key}` is {code} here but {earlier} at {earlier_origin}"),
                );
            }
            return;
        }
        seen.insert(key.clone(), (code.to_string(), origin.clone()));
        self.events.insert(
            key,
            EventEntry {
                code: code.to_string(),
                pattern: pattern.clone(),
                origin: origin.clone(),
            },
        );
    }
}

fn problems_or(problems: Vec<String>, payload: Payload) -> Result<Payload, Vec<String>> {
    if problems.is_empty() {
        Ok(payload)
    } else {
        Err(problems)
    }
}

fn check_actor(tables: &CodeTables, code: &str) -> Vec<String> {
    tables
        .actor(code)
        .err()
        .map(|error| error.to_string())
        .into_iter()
        .collect()
}

fn check_sector(tables: &CodeTables, sector: &str) -> Option<String> {
    tables.sector(sector).err().map(|error| error.to_string())
}

/// A CAMEO agent code is one or more declared 3-letter sectors (`LEG`, `GOVMED`).
fn check_agent_code(tables: &CodeTables, code: &str) -> Option<String> {
    if !code.len().is_multiple_of(3) {
        return Some(format!(
            "malformed CAMEO agent code `{code}`: 3-letter sector codes"
        ));
    }
    (0..code.len())
        .step_by(3)
        .map(|start| &code[start..start + 3])
        .find(|part| !tables.has_sector(part))
        .map(|part| format!("unknown sector `{part}` in CAMEO agent code `{code}`"))
}
