//! The line format of `lexicon/FORMAT.md`: one entry a line, parsed without looking at codes.
//!
//! Parsing checks the shape of each line (keyword, head, items, dates, patterns); the loader then
//! checks the codes against the code tables and the entries against each other.

use crate::date::Date;
use crate::Diagnostic;

/// What a lexicon file holds, from its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FileKind {
    /// `*.actors`: `actor`, `adjective`, `ethnic`, `metonym` lines.
    Actors,
    /// `*.agents`: `agent` lines.
    Agents,
    /// `*.persons`: `person` and `role` lines.
    Persons,
    /// `*.events`: `event` lines.
    Events,
    /// `*.cues`: `cue` lines.
    Cues,
    /// `*.discards`: `discard` lines.
    Discards,
    /// `actor-codes.txt`: actor code declarations.
    ActorCodes,
    /// `sectors.txt`: sector declarations.
    Sectors,
    /// `cameo-events.txt`: the CAMEO event code table.
    CameoEvents,
}

impl FileKind {
    /// The kind of the file called `name` (the last path component), or `None` for files the
    /// lexicon ignores (`FORMAT.md`, other `.txt` files).
    pub fn of(name: &str) -> Option<FileKind> {
        let file_name = name.rsplit(['/', '\\']).next().unwrap_or(name);
        match file_name {
            "actor-codes.txt" => return Some(FileKind::ActorCodes),
            "sectors.txt" => return Some(FileKind::Sectors),
            "cameo-events.txt" => return Some(FileKind::CameoEvents),
            _ => {}
        }
        let extension = file_name.rsplit_once('.')?.1;
        Some(match extension {
            "actors" => FileKind::Actors,
            "agents" => FileKind::Agents,
            "persons" => FileKind::Persons,
            "events" => FileKind::Events,
            "cues" => FileKind::Cues,
            "discards" => FileKind::Discards,
            _ => return None,
        })
    }

    fn allows(self, keyword: &str) -> bool {
        match self {
            FileKind::Actors => matches!(keyword, "actor" | "adjective" | "ethnic" | "metonym"),
            FileKind::Agents => keyword == "agent",
            FileKind::Persons => matches!(keyword, "person" | "role"),
            FileKind::Events => keyword == "event",
            FileKind::Cues => keyword == "cue",
            FileKind::Discards => keyword == "discard",
            FileKind::ActorCodes | FileKind::Sectors | FileKind::CameoEvents => false,
        }
    }

    fn keywords(self) -> &'static str {
        match self {
            FileKind::Actors => "`actor`, `adjective`, `ethnic` or `metonym`",
            FileKind::Agents => "`agent`",
            FileKind::Persons => "`person` or `role`",
            FileKind::Events => "`event`",
            FileKind::Cues => "`cue`",
            FileKind::Discards => "`discard`",
            FileKind::ActorCodes | FileKind::Sectors | FileKind::CameoEvents => "no entries",
        }
    }
}

/// A phrase item: the words it is matched on.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Phrase {
    /// True for a `=` phrase, which matches only as written.
    pub exact: bool,
    /// The words, normalised; lowercase unless `exact`.
    pub words: Vec<String>,
}

impl Phrase {
    /// Parses a phrase item (`U.S.`, `=US`, `vice premier`), splitting it into words with the
    /// same tokenizer as running text.
    pub fn parse(item: &str) -> Result<Phrase, String> {
        let (exact, text) = match item.strip_prefix('=') {
            Some(rest) => (true, rest.trim()),
            None => (false, item),
        };
        if let Some(bad) = text
            .chars()
            .find(|c| matches!(c, '[' | ']' | '{' | '}' | '=' | '_'))
        {
            return Err(format!("malformed phrase `{item}`: unexpected `{bad}`"));
        }
        let segmentation = detente_text::segment(text);
        let words: Vec<String> = segmentation
            .words
            .iter()
            .map(|word| {
                let form = detente_text::normalize(word.span.slice(text));
                if exact {
                    form.into_owned()
                } else {
                    form.to_lowercase()
                }
            })
            .collect();
        if words.is_empty() {
            return Err(format!("malformed phrase `{item}`: no words"));
        }
        Ok(Phrase { exact, words })
    }

    /// The phrase as one string, for messages and keys (`=US`, `vice premier`).
    pub fn display(&self) -> String {
        let joined = self.words.join(" ");
        if self.exact {
            format!("={joined}")
        } else {
            joined
        }
    }
}

/// A predicate pattern of an `event` line (see FORMAT.md).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Pattern {
    /// True for an event noun (`@summit`).
    pub noun: bool,
    /// The verb lemma, or the noun's words (head last) for an event noun.
    pub head: Vec<String>,
    /// The direct object's lemma (`hold talk` → `talk`).
    pub object: Option<String>,
    /// Particles or prepositions that belong to the verb (`~on`).
    pub particles: Vec<String>,
    /// The preposition that introduces the target (`>with`).
    pub target_preposition: Option<String>,
    /// `!obj`: the verb is used without a direct object or clausal complement ("ethnic
    /// Albanians demonstrated", not "demonstrated its commitment").
    pub intransitive: bool,
}

impl Pattern {
    /// Parses a pattern item.
    pub fn parse(item: &str) -> Result<Pattern, String> {
        let malformed = |why: &str| Err(format!("malformed pattern `{item}`: {why}"));
        let mut words = item.split_whitespace().peekable();
        let noun = words.peek().is_some_and(|first| first.starts_with('@'));
        let mut plain = Vec::new();
        let mut particles = Vec::new();
        let mut target_preposition = None;
        let mut intransitive = false;
        for (index, word) in words.enumerate() {
            let word = if index == 0 && noun { &word[1..] } else { word };
            if word == "!obj" {
                if noun {
                    return malformed("`!obj` belongs to verbs, not event nouns");
                }
                intransitive = true;
                continue;
            }
            let (marker, body) = match word.chars().next() {
                Some(c @ ('>' | '~')) => (Some(c), &word[1..]),
                _ => (None, word),
            };
            if body.is_empty() || !body.chars().all(is_lemma_char) {
                return malformed("words are lowercase lemmas (letters, digits, `-`, `'`), `~particle` or `>preposition`");
            }
            let body = body.to_lowercase();
            match marker {
                Some('>') if target_preposition.is_some() => {
                    return malformed("more than one `>preposition`")
                }
                Some('>') => target_preposition = Some(body),
                Some(_) => particles.push(body),
                None if !particles.is_empty() || target_preposition.is_some() => {
                    return malformed("plain words come before `~` and `>` words")
                }
                None => plain.push(body),
            }
        }
        if plain.is_empty() {
            return malformed("no verb or noun");
        }
        if noun {
            return Ok(Pattern {
                noun,
                head: plain,
                object: None,
                particles,
                target_preposition,
                intransitive,
            });
        }
        if plain.len() > 2 {
            return malformed("a verb pattern is `VERB [OBJECT]`: at most two plain words");
        }
        let object = plain.get(1).cloned();
        if intransitive && object.is_some() {
            return malformed("`!obj` contradicts an object word");
        }
        plain.truncate(1);
        particles.sort();
        Ok(Pattern {
            noun,
            head: plain,
            object,
            particles,
            target_preposition,
            intransitive,
        })
    }

    /// The pattern written back in the lexicon's syntax, used as its identity.
    pub fn display(&self) -> String {
        let mut text = String::new();
        if self.noun {
            text.push('@');
        }
        text.push_str(&self.head.join(" "));
        if let Some(object) = &self.object {
            text.push(' ');
            text.push_str(object);
        }
        for particle in &self.particles {
            text.push_str(" ~");
            text.push_str(particle);
        }
        if let Some(preposition) = &self.target_preposition {
            text.push_str(" >");
            text.push_str(preposition);
        }
        if self.intransitive {
            text.push_str(" !obj");
        }
        text
    }

    /// How many constraints the pattern adds to its head word; more specific patterns win.
    pub fn specificity(&self) -> usize {
        usize::from(self.object.is_some())
            + self.particles.len()
            + usize::from(self.target_preposition.is_some())
            + usize::from(self.intransitive)
            + self.head.len()
    }
}

fn is_lemma_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '\''
}

/// The kinds of cue the coder reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CueKind {
    /// not, never, no.
    Negation,
    /// refuse, reject, deny.
    Refusal,
    /// may, might, could.
    Modality,
    /// plan, seek, vow.
    Intent,
    /// threaten, warn.
    Threat,
    /// call for, urge, demand.
    Appeal,
    /// say, tell, announce.
    Report,
    /// if, unless, whether.
    Hypothetical,
}

impl CueKind {
    /// Every kind, in the order of FORMAT.md.
    pub const ALL: [CueKind; 8] = [
        CueKind::Negation,
        CueKind::Refusal,
        CueKind::Modality,
        CueKind::Intent,
        CueKind::Threat,
        CueKind::Appeal,
        CueKind::Report,
        CueKind::Hypothetical,
    ];

    /// The keyword used in `cue KIND` lines.
    pub fn name(self) -> &'static str {
        match self {
            CueKind::Negation => "negation",
            CueKind::Refusal => "refusal",
            CueKind::Modality => "modality",
            CueKind::Intent => "intent",
            CueKind::Threat => "threat",
            CueKind::Appeal => "appeal",
            CueKind::Report => "report",
            CueKind::Hypothetical => "hypothetical",
        }
    }

    fn parse(text: &str) -> Option<CueKind> {
        CueKind::ALL.into_iter().find(|kind| kind.name() == text)
    }
}

/// Whether a discard drops a sentence's matches or the whole story.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DiscardScope {
    /// The phrase blocks actor matching over its words.
    Sentence,
    /// The coder drops the whole story.
    Story,
}

/// One parsed line.
#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    /// `actor CODE [SECTOR …] | name …`
    Actor {
        /// Actor code.
        code: String,
        /// Sectors of an institution name, usually none.
        sectors: Vec<String>,
        /// Names.
        phrases: Vec<Phrase>,
    },
    /// `adjective CODE | adjective …`, or `ethnic CODE | adjective …` for a people living in
    /// the state.
    Adjective {
        /// Actor code.
        code: String,
        /// The adjective of an ethnic group rather than of the state: the government words it
        /// modifies ("Yoruba leaders") are the group's elites.
        ethnic: bool,
        /// Adjectives and demonyms.
        phrases: Vec<Phrase>,
    },
    /// `metonym CODE SECTOR | name …`
    Metonym {
        /// Actor code.
        code: String,
        /// The sector the place stands for.
        sector: String,
        /// Place names.
        phrases: Vec<Phrase>,
    },
    /// `agent SECTOR [CAMEO] | phrase …`
    Agent {
        /// PLOVER sector.
        sector: String,
        /// CAMEO agent code when it differs from the sector.
        cameo: Option<String>,
        /// Titles and role nouns.
        phrases: Vec<Phrase>,
    },
    /// `person ID | name …`
    Person {
        /// Slug id.
        id: String,
        /// Names.
        phrases: Vec<Phrase>,
    },
    /// `role ID COUNTRY [SECTOR …] [FROM..TO] | title`
    Role(Role),
    /// `event CODE | pattern …`
    Event {
        /// CAMEO event code.
        code: String,
        /// Patterns.
        patterns: Vec<Pattern>,
    },
    /// `cue KIND | phrase …`
    Cue {
        /// Kind of cue.
        kind: CueKind,
        /// Lemma sequences.
        phrases: Vec<Vec<String>>,
    },
    /// `discard SCOPE | phrase …`
    Discard {
        /// Sentence or story.
        scope: DiscardScope,
        /// Phrases.
        phrases: Vec<Phrase>,
    },
}

/// A person's office over a span of dates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    /// The person's id.
    pub person: String,
    /// Actor code of the country or organisation.
    pub country: String,
    /// Sectors, the PLOVER one first.
    pub sectors: Vec<String>,
    /// First day, inclusive; `None` for an open start.
    pub from: Option<Date>,
    /// Last day, inclusive; `None` for an open end.
    pub to: Option<Date>,
    /// False for a default role (a line without dates).
    pub dated: bool,
    /// The title, if given.
    pub title: Option<String>,
}

impl Role {
    /// True when the role is in force on `date` (a default role never is).
    pub fn covers(&self, date: Date) -> bool {
        self.dated
            && self.from.is_none_or(|from| from <= date)
            && self.to.is_none_or(|to| date <= to)
    }
}

/// An entry with the line it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Located {
    /// Line number, from 1.
    pub line: usize,
    /// The entry.
    pub entry: Entry,
}

/// Parses a lexicon file of `kind`; malformed lines become diagnostics and are skipped.
pub fn parse_file(file: &str, kind: FileKind, text: &str) -> (Vec<Located>, Vec<Diagnostic>) {
    let mut entries = Vec::new();
    let mut diagnostics = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        match parse_line(kind, line) {
            Ok(entry) => entries.push(Located {
                line: index + 1,
                entry,
            }),
            Err(messages) => diagnostics.extend(
                messages
                    .into_iter()
                    .map(|message| Diagnostic::new(file, index + 1, message)),
            ),
        }
    }
    (entries, diagnostics)
}

fn parse_line(kind: FileKind, line: &str) -> Result<Entry, Vec<String>> {
    let (head, items) = match line.split_once('|') {
        Some((head, items)) => (head, Some(items)),
        None => (line, None),
    };
    let mut head_words = head.split_whitespace();
    let keyword = head_words.next().unwrap_or("");
    let head: Vec<&str> = head_words.collect();
    if !kind.allows(keyword) {
        return Err(vec![format!(
            "malformed line: `{keyword}` is not an entry of this file (expected {})",
            kind.keywords()
        )]);
    }
    let items: Vec<&str> = items
        .map(|items| items.split('|').map(str::trim).collect())
        .unwrap_or_default();
    let one = |message: String| vec![message];
    if keyword != "role" && items.is_empty() {
        return Err(one(format!(
            "malformed line: `{keyword}` needs `| item` after its head"
        )));
    }
    if items.iter().any(|item| item.is_empty()) {
        return Err(one("malformed line: empty item between `|`".to_string()));
    }
    let phrases = || -> Result<Vec<Phrase>, Vec<String>> {
        let mut errors = Vec::new();
        let mut phrases = Vec::new();
        for item in &items {
            match Phrase::parse(item) {
                Ok(phrase) => phrases.push(phrase),
                Err(message) => errors.push(message),
            }
        }
        if errors.is_empty() {
            Ok(phrases)
        } else {
            Err(errors)
        }
    };
    let codes = |expected: &str, min: usize, max: usize| -> Result<Vec<String>, Vec<String>> {
        if head.len() < min || head.len() > max {
            return Err(one(format!(
                "malformed line: expected `{keyword} {expected} | …`"
            )));
        }
        if let Some(bad) = head.iter().find(|code| !crate::codes::is_code(code)) {
            return Err(one(format!(
                "malformed code `{bad}`: codes are capital letters"
            )));
        }
        Ok(head.iter().map(|code| code.to_string()).collect())
    };
    match keyword {
        "actor" => {
            let mut head = codes("CODE [SECTOR …]", 1, 8)?;
            let code = head.remove(0);
            Ok(Entry::Actor {
                code,
                sectors: head,
                phrases: phrases()?,
            })
        }
        "adjective" | "ethnic" => {
            let mut head = codes("CODE", 1, 1)?;
            Ok(Entry::Adjective {
                code: head.remove(0),
                ethnic: keyword == "ethnic",
                phrases: phrases()?,
            })
        }
        "metonym" => {
            let mut head = codes("CODE SECTOR", 2, 2)?;
            let sector = head.remove(1);
            Ok(Entry::Metonym {
                code: head.remove(0),
                sector,
                phrases: phrases()?,
            })
        }
        "agent" => {
            let mut head = codes("SECTOR [CAMEO]", 1, 2)?;
            let cameo = (head.len() == 2).then(|| head.remove(1));
            Ok(Entry::Agent {
                sector: head.remove(0),
                cameo,
                phrases: phrases()?,
            })
        }
        "person" => {
            let [id] = head.as_slice() else {
                return Err(one(
                    "malformed line: expected `person ID | name | …`".to_string()
                ));
            };
            check_id(id).map_err(one)?;
            Ok(Entry::Person {
                id: id.to_string(),
                phrases: phrases()?,
            })
        }
        "role" => parse_role(&head, &items).map(Entry::Role).map_err(one),
        "event" => {
            let [code] = head.as_slice() else {
                return Err(one(
                    "malformed line: expected `event CODE | pattern | …`".to_string()
                ));
            };
            if !(2..=4).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_digit()) {
                return Err(one(format!(
                    "malformed CAMEO code `{code}`: 2 to 4 digits with leading zeros"
                )));
            }
            let mut errors = Vec::new();
            let mut patterns = Vec::new();
            for item in &items {
                match Pattern::parse(item) {
                    Ok(pattern) => patterns.push(pattern),
                    Err(message) => errors.push(message),
                }
            }
            if !errors.is_empty() {
                return Err(errors);
            }
            Ok(Entry::Event {
                code: code.to_string(),
                patterns,
            })
        }
        "cue" => {
            let [name] = head.as_slice() else {
                return Err(one(
                    "malformed line: expected `cue KIND | phrase | …`".to_string()
                ));
            };
            let kind = CueKind::parse(name).ok_or_else(|| {
                let names: Vec<&str> = CueKind::ALL.iter().map(|kind| kind.name()).collect();
                one(format!(
                    "unknown cue kind `{name}` (one of {})",
                    names.join(", ")
                ))
            })?;
            let mut phrases = Vec::new();
            for item in &items {
                if !item.chars().all(|c| is_lemma_char(c) || c == ' ') {
                    return Err(one(format!(
                        "malformed cue `{item}`: write lemmas (letters, `-`, `'`) separated by spaces"
                    )));
                }
                phrases.push(item.split_whitespace().map(str::to_lowercase).collect());
            }
            Ok(Entry::Cue { kind, phrases })
        }
        "discard" => {
            let scope = match head.as_slice() {
                ["sentence"] => DiscardScope::Sentence,
                ["story"] => DiscardScope::Story,
                _ => {
                    return Err(one(
                        "malformed line: expected `discard sentence|story | phrase | …`"
                            .to_string(),
                    ))
                }
            };
            Ok(Entry::Discard {
                scope,
                phrases: phrases()?,
            })
        }
        _ => Err(one(format!("malformed line: unknown keyword `{keyword}`"))),
    }
}

fn check_id(id: &str) -> Result<(), String> {
    let valid = !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.');
    if valid {
        Ok(())
    } else {
        Err(format!(
            "malformed person id `{id}`: use a lowercase slug (letters, digits, `-`)"
        ))
    }
}

fn parse_role(head: &[&str], items: &[&str]) -> Result<Role, String> {
    let usage = "malformed line: expected `role ID COUNTRY [SECTOR …] [FROM..TO] | title`";
    let (dates, codes) = match head.last() {
        Some(last) if last.contains("..") => (Some(*last), &head[..head.len() - 1]),
        _ => (None, head),
    };
    let [id, country, sectors @ ..] = codes else {
        return Err(usage.to_string());
    };
    check_id(id)?;
    if let Some(bad) = std::iter::once(country)
        .chain(sectors)
        .find(|code| !crate::codes::is_code(code))
    {
        return Err(format!("malformed code `{bad}`: codes are capital letters"));
    }
    let (from, to) = match dates {
        None => (None, None),
        Some(range) => {
            let (from, to) = range.split_once("..").unwrap_or((range, ""));
            let date = |text: &str| -> Result<Option<Date>, String> {
                if text.is_empty() {
                    return Ok(None);
                }
                Date::parse(text)
                    .map(Some)
                    .ok_or_else(|| format!("malformed date `{text}`: use YYYY-MM-DD"))
            };
            let (from, to) = (date(from)?, date(to)?);
            if let (Some(from), Some(to)) = (from, to) {
                if from > to {
                    return Err(format!(
                        "malformed dates `{range}`: the role ends before it starts"
                    ));
                }
            }
            (from, to)
        }
    };
    if items.len() > 1 {
        return Err("malformed line: a role has at most one `| title`".to_string());
    }
    Ok(Role {
        person: id.to_string(),
        country: country.to_string(),
        sectors: sectors.iter().map(|sector| sector.to_string()).collect(),
        from,
        to,
        dated: dates.is_some(),
        title: items.first().map(|title| title.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(kind: FileKind, line: &str, expected: &str) {
        let (entries, diagnostics) = parse_file("f", kind, line);
        let got = match (entries.as_slice(), diagnostics.as_slice()) {
            ([entry], []) => format!("{:?}", entry.entry),
            _ => diagnostics
                .iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join("\n"),
        };
        assert!(
            got.contains(expected),
            "{line}\n got: {got}\n want: {expected}"
        );
    }

    #[test]
    fn lines_parse_or_say_why_not() {
        use FileKind::*;
        check(
            Actors,
            "actor USA | United States | =US",
            "exact: true, words: [\"US\"]",
        );
        check(Actors, "actor USA | U.S.", "words: [\"u.s.\"]");
        check(
            Actors,
            "metonym RUS GOV | the Kremlin # comment",
            "sector: \"GOV\"",
        );
        check(
            Actors,
            "metonym RUS | Kremlin",
            "f:1: malformed line: expected `metonym CODE SECTOR",
        );
        check(Actors, "actor usa | x", "malformed code `usa`");
        check(Actors, "actor USA |  | x", "empty item");
        check(Actors, "actor USA | UNITED_STATES", "malformed phrase");
        check(Actors, "agent GOV | president", "not an entry of this file");
        check(Agents, "agent GOV LEG | parliament", "cameo: Some(\"LEG\")");
        check(
            Persons,
            "role vladimir-putin RUS GOV 2012-05-07.. | President",
            "dated: true",
        );
        check(Persons, "role x RUS ELI", "dated: false");
        check(
            Persons,
            "role x RUS GOV 2012-13-07.. | P",
            "malformed date `2012-13-07`",
        );
        check(
            Persons,
            "role x RUS GOV 2020-01-01..2019-01-01",
            "ends before it starts",
        );
        check(Persons, "person Vladimir | Putin", "malformed person id");
        check(
            Events,
            "event 163 | impose sanction | @sanction >against",
            "target_preposition: Some(\"against\")",
        );
        check(Events, "event 36 | meet", "particles: []");
        check(Events, "event 141 | demonstrate !obj", "intransitive: true");
        check(Events, "event 141 | demonstrate", "intransitive: false");
        check(
            Events,
            "event 141 | demonstrate power !obj",
            "`!obj` contradicts an object word",
        );
        check(Events, "event 141 | @rally !obj", "`!obj` belongs to verbs");
        check(Events, "event 0x1 | meet", "malformed CAMEO code");
        check(Events, "event 042 | * VISIT", "malformed pattern `* VISIT`");
        check(
            Events,
            "event 042 | sign peace agreement",
            "at most two plain words",
        );
        check(Events, "event 042 | call >on ~for", "");
        check(Cues, "cue threat | warn of", "Threat");
        check(Cues, "cue fear | dread", "unknown cue kind `fear`");
        check(Discards, "discard story | Manchester United", "Story");
        check(Discards, "discard match | x", "discard sentence|story");
    }

    #[test]
    fn patterns_print_back_canonically() {
        for (item, expected) in [
            ("hold talk", "hold talk"),
            ("cut tie >with", "cut tie >with"),
            ("call ~on", "call ~on"),
            ("@Summit", "@summit"),
            ("@peace talk >with", "@peace talk >with"),
        ] {
            assert_eq!(Pattern::parse(item).unwrap().display(), expected);
        }
    }
}
