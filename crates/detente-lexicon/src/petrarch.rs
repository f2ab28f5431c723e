//! Import of PETRARCH/TABARI dictionaries into lexicon files.
//!
//! Supported inputs (the formats documented at the top of each Phoenix file):
//! - `*.actors*`: blocks of a primary name, `+synonyms`, and `[CODE]` / `[CODE >DATE]` /
//!   `[CODE <DATE]` / `[CODE FROM-TO]` codes on the same or following lines. A block with a
//!   date restriction becomes a `person` with `role` lines (an undated code is the default
//!   role); other blocks become `actor CODE [SECTOR …]` lines. A name without codes joins the
//!   next coded block, as in PETRARCH.
//! - `*agents*`: `PHRASE {PLURALS} [~CODE]` with `!SET!` substitutions → `agent` lines.
//! - `*discards*`: phrases, `+` for story-level → `discard story|sentence` lines.
//! - verb files (`CAMEO.2.0.txt`, `*verbs*`): verb blocks with `- * OBJECT [CODE]` patterns →
//!   `event` lines where the pattern maps onto ours (verb, verb + object noun, synonym sets
//!   expanded, multi-word verbs as `~particles`); everything else is counted with its reason.
//!
//! PETRARCH codes are split into an actor code (the longest declared prefix, else 3 letters, or
//! 6 for `IGO`/`NGO`/`MNC`/`IMG`… organisations) and 3-letter sectors; codes and sectors the
//! tables do not know are declared in the output's `codes/` files. Phrases that would collide
//! with another code in the output (same keyword and phrase) keep the first and count the rest.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::codes::CodeTables;
use crate::date::Date;
use crate::format::{Pattern, Phrase};
use crate::load::SourceFile;

/// What happened to one input file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileReport {
    /// The input's name.
    pub name: String,
    /// `actors`, `agents`, `discards` or `verbs`.
    pub kind: &'static str,
    /// Units read: names for actors, phrases for agents and discards, verbs and patterns for
    /// verb files.
    pub read: usize,
    /// Units written to the output.
    pub imported: usize,
    /// Units not written, by reason.
    pub not_imported: BTreeMap<String, usize>,
    /// Roles written (actor files).
    pub roles: usize,
    /// Person entries written (actor files).
    pub persons: usize,
    /// Codes (`[CODE DATES]`) of actor files not written, by reason; the names they belong to
    /// are counted in `imported` or `not_imported`.
    pub codes_not_imported: BTreeMap<String, usize>,
}

impl FileReport {
    fn skip(&mut self, reason: &str) {
        *self.not_imported.entry(reason.to_string()).or_default() += 1;
    }
}

/// The result of an import: files to write (relative paths) and a report per input.
#[derive(Debug, Clone, Default)]
pub struct Import {
    /// Output files, with names relative to the output folder.
    pub files: Vec<SourceFile>,
    /// One report per input file, in input order.
    pub reports: Vec<FileReport>,
}

/// An input that is not a PETRARCH dictionary this importer knows.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file name does not say which dictionary it is.
    #[error("{0}: not a PETRARCH dictionary this importer knows (expected a name with `actors`, `agents`, `discards`, `verbs` or `CAMEO`)")]
    UnknownKind(String),
}

/// Imports PETRARCH dictionaries. `tables` are the codes already known (the built-in ones):
/// other codes are declared in the output.
pub fn import(inputs: &[SourceFile], tables: &CodeTables) -> Result<Import, ImportError> {
    let mut importer = Importer {
        tables,
        seen: HashMap::new(),
        new_actors: BTreeMap::new(),
        new_sectors: BTreeMap::new(),
        person_ids: BTreeSet::new(),
        patterns: HashMap::new(),
    };
    let mut reports = Vec::new();
    let mut files = Vec::new();
    for input in inputs {
        let base = input.name.rsplit(['/', '\\']).next().unwrap_or(&input.name);
        let lower = base.to_lowercase();
        let stem = slug(lower.trim_end_matches(".txt"));
        let (report, outputs) = if lower.contains("actors") {
            importer.actors(input, &stem)
        } else if lower.contains("agents") {
            importer.agents(input, &stem)
        } else if lower.contains("discards") {
            importer.discards(input, &stem)
        } else if lower.contains("verbs") || lower.starts_with("cameo") {
            importer.verbs(input, &stem)
        } else {
            return Err(ImportError::UnknownKind(input.name.clone()));
        };
        reports.push(report);
        files.extend(outputs);
    }
    files.extend(importer.declarations());
    Ok(Import { files, reports })
}

const HEADER: &str =
    "# Imported from PETRARCH dictionaries by `detente lexicon import-petrarch`.\n";

/// Single words that are common English and must match only in capitals (`US`, `IT`).
const COMMON_WORDS: &[&str] = &[
    "a", "aid", "all", "am", "an", "and", "are", "as", "at", "be", "but", "by", "can", "do", "for",
    "go", "he", "her", "him", "his", "i", "if", "in", "is", "it", "its", "may", "me", "my", "no",
    "not", "of", "oh", "ok", "on", "one", "or", "our", "out", "over", "she", "so", "the", "to",
    "up", "us", "was", "we", "who", "will", "you",
];

struct Importer<'t> {
    tables: &'t CodeTables,
    /// (keyword, phrase) → head, over the whole import.
    seen: HashMap<(&'static str, Phrase), String>,
    new_actors: BTreeMap<String, (String, String)>,
    new_sectors: BTreeMap<String, String>,
    person_ids: BTreeSet<String>,
    patterns: HashMap<String, String>,
}

/// A parsed PETRARCH code: actor code (none for a bare sector such as `ELI`) and sectors.
struct Code {
    actor: Option<String>,
    sectors: Vec<String>,
}

struct Restriction {
    from: Option<Date>,
    to: Option<Date>,
}

impl<'t> Importer<'t> {
    fn actors(&mut self, input: &SourceFile, stem: &str) -> (FileReport, Vec<SourceFile>) {
        let mut report = FileReport {
            name: input.name.clone(),
            kind: "actors",
            ..FileReport::default()
        };
        let mut actors = String::from(HEADER);
        let mut persons = String::from(HEADER);
        let mut agents = String::from(HEADER);
        let mut block = Block::default();
        let mut blocks = Vec::new();
        for raw in input.text.lines() {
            let line = raw.split('#').next().unwrap_or("");
            if line.trim().is_empty() {
                continue;
            }
            let (rest, codes) = take_codes(line);
            let rest = rest.trim();
            if let Some(synonym) = rest.strip_prefix('+') {
                block.names.push(synonym.trim().to_string());
            } else if !rest.is_empty() {
                if !block.codes.is_empty() {
                    blocks.push(std::mem::take(&mut block));
                }
                block.names.push(rest.to_string());
            }
            block.codes.extend(codes);
        }
        blocks.push(block);
        for block in blocks {
            self.actor_block(&block, &mut report, &mut actors, &mut persons, &mut agents);
        }
        let mut outputs = vec![SourceFile {
            name: format!("actors/{stem}.actors"),
            text: actors,
        }];
        if report.persons > 0 {
            outputs.push(SourceFile {
                name: format!("persons/{stem}.persons"),
                text: persons,
            });
        }
        if agents.len() > HEADER.len() {
            outputs.push(SourceFile {
                name: format!("agents/{stem}.agents"),
                text: agents,
            });
        }
        (report, outputs)
    }

    fn actor_block(
        &mut self,
        block: &Block,
        report: &mut FileReport,
        actors: &mut String,
        persons: &mut String,
        agents: &mut String,
    ) {
        report.read += block.names.len();
        if block.codes.is_empty() {
            for _ in &block.names {
                report.skip("name without a code");
            }
            return;
        }
        let mut parsed = Vec::new();
        for code in &block.codes {
            match self.parse_code_with_date(code) {
                Ok(value) => parsed.push(value),
                Err(reason) => {
                    *report.codes_not_imported.entry(reason).or_default() += 1;
                }
            }
        }
        let dated = parsed.iter().any(|(_, restriction)| restriction.is_some());
        if parsed.is_empty() {
            for _ in &block.names {
                report.skip("name whose codes are all unusable");
            }
            return;
        }
        if !dated {
            let (code, _) = &parsed[0];
            for _ in parsed.iter().skip(1) {
                *report
                    .codes_not_imported
                    .entry("extra undated code after the first".to_string())
                    .or_default() += 1;
            }
            let Some(actor) = &code.actor else {
                // A bare sector (`[NGO]`, `[MED]`): an organisation of no particular country,
                // which our format writes as an agent.
                let head = format!("agent {}", code.sectors.join(" "));
                let phrases = self.phrases("agent", &head, &block.names, report);
                if !phrases.is_empty() {
                    agents.push_str(&format!("{head} | {}\n", phrases.join(" | ")));
                }
                return;
            };
            let head = if code.sectors.is_empty() {
                format!("actor {actor}")
            } else {
                format!("actor {actor} {}", code.sectors.join(" "))
            };
            let phrases = self.phrases("actor", &head, &block.names, report);
            if !phrases.is_empty() {
                actors.push_str(&format!("{head} | {}\n", phrases.join(" | ")));
            }
            return;
        }
        // A person: names on a `person` line, one `role` per code.
        let mut names: Vec<String> = Vec::new();
        for name in &block.names {
            match convert_phrase(name) {
                Some(phrase) if names.contains(&phrase) => {
                    report.skip("duplicate name (same person)")
                }
                Some(phrase) => names.push(phrase),
                None => report.skip("malformed name"),
            }
        }
        if names.is_empty() {
            return;
        }
        let country = parsed.iter().find_map(|(code, _)| code.actor.clone());
        let Some(country) = country else {
            for _ in &names {
                report.skip("person without any actor code");
            }
            return;
        };
        let mut id = format!("pet-{}", slug(&block.names[0]));
        if id.len() <= 4 {
            id = "pet-person".to_string();
        }
        let mut unique = id.clone();
        let mut counter = 2;
        while !self.person_ids.insert(unique.clone()) {
            unique = format!("{id}-{counter}");
            counter += 1;
        }
        report.imported += names.len();
        report.persons += 1;
        persons.push_str(&format!("person {unique} | {}\n", names.join(" | ")));
        for (code, restriction) in &parsed {
            let actor = code.actor.as_deref().unwrap_or(&country);
            let mut line = format!("role {unique} {actor}");
            for sector in &code.sectors {
                line.push(' ');
                line.push_str(sector);
            }
            if let Some(restriction) = restriction {
                let from = restriction.from.map(|d| d.to_string()).unwrap_or_default();
                let to = restriction.to.map(|d| d.to_string()).unwrap_or_default();
                line.push_str(&format!(" {from}..{to}"));
            }
            line.push('\n');
            persons.push_str(&line);
            report.roles += 1;
        }
    }

    /// Converts names, drops duplicates under another head, and returns the phrases to write.
    fn phrases(
        &mut self,
        keyword: &'static str,
        head: &str,
        names: &[String],
        report: &mut FileReport,
    ) -> Vec<String> {
        let mut written = Vec::new();
        for name in names {
            let Some(text) = convert_phrase(name) else {
                report.skip("malformed name");
                continue;
            };
            let Ok(phrase) = Phrase::parse(&text) else {
                report.skip("malformed name");
                continue;
            };
            match self.seen.get(&(keyword, phrase.clone())) {
                Some(earlier) if earlier == head => report.skip("duplicate name (same code)"),
                Some(_) => report.skip("duplicate name with another code (first kept)"),
                None => {
                    self.seen.insert((keyword, phrase), head.to_string());
                    report.imported += 1;
                    written.push(text);
                }
            }
        }
        written
    }

    fn parse_code_with_date(&mut self, text: &str) -> Result<(Code, Option<Restriction>), String> {
        let mut parts = text.split_whitespace();
        let code = parts.next().ok_or("empty code")?;
        let restriction = match parts.next() {
            None => None,
            Some(date) => Some(parse_restriction(date)?),
        };
        if parts.next().is_some() {
            return Err("malformed code".to_string());
        }
        Ok((self.parse_code(code)?, restriction))
    }

    fn parse_code(&mut self, code: &str) -> Result<Code, String> {
        if code.chars().all(|c| c == '-') {
            return Err("null code [---]".to_string());
        }
        if code.len() < 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err("malformed code".to_string());
        }
        if code.len() == 3 && self.tables.has_sector(code) && !self.tables.has_actor(code) {
            return Ok(Code {
                actor: None,
                sectors: vec![code.to_string()],
            });
        }
        let declared = (3..=code.len()).rev().find(|&length| {
            (code.len() - length).is_multiple_of(3) && self.tables.has_actor(&code[..length])
        });
        let length = match declared {
            Some(length) => length,
            None => {
                let organisation = ["IGO", "NGO", "MNC", "IMG", "NGM"].contains(&&code[..3]);
                let length = if organisation && code.len() >= 6 {
                    6
                } else {
                    3
                };
                if !(code.len() - length).is_multiple_of(3) {
                    return Err("malformed code".to_string());
                }
                let actor = &code[..length];
                let kind = match &code[..3] {
                    "IGO" => "igo",
                    "NGO" => "ngo",
                    _ => "other",
                };
                self.new_actors
                    .entry(actor.to_string())
                    .or_insert_with(|| (kind.to_string(), "imported from PETRARCH".to_string()));
                length
            }
        };
        let sectors: Vec<String> = (length..code.len())
            .step_by(3)
            .map(|start| code[start..start + 3].to_string())
            .collect();
        for sector in &sectors {
            if !self.tables.has_sector(sector) {
                self.new_sectors
                    .entry(sector.clone())
                    .or_insert_with(|| "imported from PETRARCH".to_string());
            }
        }
        Ok(Code {
            actor: Some(code[..length].to_string()),
            sectors,
        })
    }

    fn agents(&mut self, input: &SourceFile, stem: &str) -> (FileReport, Vec<SourceFile>) {
        let mut report = FileReport {
            name: input.name.clone(),
            kind: "agents",
            ..FileReport::default()
        };
        let mut sets: HashMap<String, Vec<String>> = HashMap::new();
        let mut by_head: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for raw in input.text.lines() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            if line.starts_with('!') {
                if let Some((name, members)) = line.split_once('=') {
                    let members = members
                        .split(',')
                        .map(|member| member.trim().to_string())
                        .collect();
                    sets.insert(name.trim().to_string(), members);
                    continue;
                }
            }
            let Some(open) = line.find('[') else {
                report.read += 1;
                report.skip("agent without a code");
                continue;
            };
            let code_text = line[open + 1..].trim_end_matches(']').trim();
            let code_text = code_text.trim_end_matches(['}', ']']).replace('~', "");
            let before = &line[..open];
            let (phrase_text, plurals) = match before.find('{') {
                Some(brace) => (
                    &before[..brace],
                    before[brace + 1..].trim().trim_end_matches('}').to_string(),
                ),
                None => (before, String::new()),
            };
            let code = match self.parse_agent_code(&code_text) {
                Ok(code) => code,
                Err(reason) => {
                    report.read += 1;
                    report.skip(&reason);
                    continue;
                }
            };
            let mut names = expand_sets(phrase_text.trim(), &sets);
            for plural in plurals.split_whitespace() {
                names.extend(expand_sets(plural, &sets));
            }
            let head = code;
            report.read += names.len();
            let phrases = self.phrases("agent", &head, &names, &mut report);
            if phrases.is_empty() {
                continue;
            }
            by_head.entry(head).or_default().extend(phrases);
        }
        let mut text = String::from(HEADER);
        for (head, phrases) in by_head {
            for chunk in phrases.chunks(12) {
                text.push_str(&format!("{head} | {}\n", chunk.join(" | ")));
            }
        }
        (
            report,
            vec![SourceFile {
                name: format!("agents/{stem}.agents"),
                text,
            }],
        )
    }

    fn parse_agent_code(&mut self, code: &str) -> Result<String, String> {
        if code.is_empty()
            || !code.len().is_multiple_of(3)
            || !code.bytes().all(|b| b.is_ascii_uppercase())
        {
            return Err("malformed agent code".to_string());
        }
        let sectors: Vec<&str> = (0..code.len())
            .step_by(3)
            .map(|start| &code[start..start + 3])
            .collect();
        for sector in &sectors {
            if !self.tables.has_sector(sector) {
                self.new_sectors
                    .entry(sector.to_string())
                    .or_insert_with(|| "imported from PETRARCH".to_string());
            }
        }
        Ok(if sectors.len() == 1 {
            format!("agent {code}")
        } else {
            format!("agent {} {code}", sectors[0])
        })
    }

    fn discards(&mut self, input: &SourceFile, stem: &str) -> (FileReport, Vec<SourceFile>) {
        let mut report = FileReport {
            name: input.name.clone(),
            kind: "discards",
            ..FileReport::default()
        };
        let mut story = Vec::new();
        let mut sentence = Vec::new();
        for raw in input.text.lines() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            report.read += 1;
            let (scope, text) = match line.strip_prefix('+') {
                Some(rest) => ("discard story", rest.trim()),
                None => ("discard sentence", line),
            };
            let names = [text.to_string()];
            let phrases = self.phrases("discard", scope, &names, &mut report);
            if scope == "discard story" {
                story.extend(phrases);
            } else {
                sentence.extend(phrases);
            }
        }
        let mut text = String::from(HEADER);
        for (head, phrases) in [("discard story", story), ("discard sentence", sentence)] {
            for chunk in phrases.chunks(12) {
                text.push_str(&format!("{head} | {}\n", chunk.join(" | ")));
            }
        }
        (
            report,
            vec![SourceFile {
                name: format!("discards/{stem}.discards"),
                text,
            }],
        )
    }

    fn verbs(&mut self, input: &SourceFile, stem: &str) -> (FileReport, Vec<SourceFile>) {
        let mut report = FileReport {
            name: input.name.clone(),
            kind: "verbs",
            ..FileReport::default()
        };
        let mut sets: HashMap<String, Vec<String>> = HashMap::new();
        let mut current_set: Option<String> = None;
        let mut in_patterns = false;
        let mut block_code: Option<String> = None;
        let mut block_verbs: Vec<(String, Vec<String>, Option<String>)> = Vec::new();
        let mut by_code: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for raw in input.text.lines() {
            if raw.starts_with("####### VERB PATTERNS") {
                in_patterns = true;
                continue;
            }
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            if !in_patterns {
                if let Some(name) = line.strip_prefix('&') {
                    current_set = Some(name.trim_end_matches('_').to_string());
                } else if let (Some(member), Some(set)) = (line.strip_prefix('+'), &current_set) {
                    sets.entry(set.clone())
                        .or_default()
                        .push(member.trim().to_string());
                }
                continue;
            }
            if line.starts_with("---") {
                let (_, codes) = take_codes(line);
                block_code = codes.first().cloned();
                block_verbs.clear();
                continue;
            }
            if let Some(pattern) = line.strip_prefix('-') {
                report.read += 1;
                let (body, codes) = take_codes(pattern);
                let Some(code) = codes.first() else {
                    report.skip("pattern without a code");
                    continue;
                };
                let code = match self.event_code(code) {
                    Ok(code) => code,
                    Err(reason) => {
                        report.skip(&reason);
                        continue;
                    }
                };
                let objects = match pattern_objects(&body, &sets) {
                    Ok(objects) => objects,
                    Err(reason) => {
                        report.skip(reason);
                        continue;
                    }
                };
                if block_verbs.is_empty() {
                    report.skip("pattern outside a verb block");
                    continue;
                }
                let mut added = false;
                for (verb, particles, _) in &block_verbs {
                    for object in &objects {
                        let item = verb_pattern(verb, object.as_deref(), particles);
                        added |= self.add_pattern(&item, &code, &mut by_code);
                    }
                }
                if added {
                    report.imported += 1;
                } else {
                    report.skip("duplicate pattern with another code (first kept)");
                }
                continue;
            }
            // A verb line: `VERB {forms} [CODE]` or `+MULTI_WORD {forms} [CODE]`.
            report.read += 1;
            let (body, codes) = take_codes(line);
            let body = body
                .split('{')
                .next()
                .unwrap_or("")
                .trim()
                .trim_start_matches('+');
            let words: Vec<String> = body
                .split('_')
                .filter(|word| !word.is_empty())
                .map(str::to_lowercase)
                .collect();
            if words.is_empty()
                || !words
                    .iter()
                    .all(|word| word.chars().all(|c| c.is_ascii_alphabetic() || c == '-'))
            {
                report.skip("malformed verb");
                continue;
            }
            let code = codes.first().cloned().or_else(|| block_code.clone());
            let verb = words[0].clone();
            let particles = words[1..].to_vec();
            let code = match code.as_deref().map(|code| self.event_code(code)) {
                Some(Ok(code)) => Some(code),
                Some(Err(reason)) => {
                    report.skip(&format!("verb: {reason}"));
                    None
                }
                None => {
                    report.skip("verb: no code");
                    None
                }
            };
            if let Some(code) = &code {
                let item = verb_pattern(&verb, None, &particles);
                if self.add_pattern(&item, code, &mut by_code) {
                    report.imported += 1;
                } else {
                    report.skip("duplicate pattern with another code (first kept)");
                }
            }
            block_verbs.push((verb, particles, code));
        }
        let mut text = String::from(HEADER);
        for (code, patterns) in by_code {
            for chunk in patterns.chunks(10) {
                text.push_str(&format!("event {code} | {}\n", chunk.join(" | ")));
            }
        }
        (
            report,
            vec![SourceFile {
                name: format!("events/{stem}.events"),
                text,
            }],
        )
    }

    fn event_code(&self, code: &str) -> Result<String, String> {
        let code = match code.split_once(':') {
            Some((first, second)) if first == second => first,
            Some(_) => return Err("paired code `a:b`".to_string()),
            None => code,
        };
        if code.trim_start_matches('-').is_empty() {
            return Err("null code [---]".to_string());
        }
        match self.tables.cameo(code) {
            Ok(_) => Ok(code.to_string()),
            Err(_) => Err("unknown CAMEO code".to_string()),
        }
    }

    fn add_pattern(
        &mut self,
        item: &str,
        code: &str,
        by_code: &mut BTreeMap<String, Vec<String>>,
    ) -> bool {
        let Ok(pattern) = Pattern::parse(item) else {
            return false;
        };
        let key = pattern.display();
        match self.patterns.get(&key) {
            Some(earlier) => earlier == code,
            None => {
                self.patterns.insert(key.clone(), code.to_string());
                by_code.entry(code.to_string()).or_default().push(key);
                true
            }
        }
    }

    fn declarations(&self) -> Vec<SourceFile> {
        let mut files = Vec::new();
        if !self.new_actors.is_empty() {
            let mut text = String::from(HEADER);
            text.push_str(
                "# Actor codes used by the imported entries and not in the built-in table.\n",
            );
            for (code, (kind, description)) in &self.new_actors {
                text.push_str(&format!("{code}  {kind}  {description}\n"));
            }
            files.push(SourceFile {
                name: "codes/actor-codes.txt".to_string(),
                text,
            });
        }
        if !self.new_sectors.is_empty() {
            let mut text = String::from(HEADER);
            text.push_str(
                "# Sector codes used by the imported entries and not in the built-in table.\n",
            );
            for (code, description) in &self.new_sectors {
                text.push_str(&format!("{code}  {description}\n"));
            }
            files.push(SourceFile {
                name: "codes/sectors.txt".to_string(),
                text,
            });
        }
        files
    }
}

#[derive(Default)]
struct Block {
    names: Vec<String>,
    codes: Vec<String>,
}

/// Splits `[…]` groups off a line: the text outside them, and their contents.
fn take_codes(line: &str) -> (String, Vec<String>) {
    let mut rest = String::new();
    let mut codes = Vec::new();
    let mut remaining = line;
    while let Some(open) = remaining.find('[') {
        rest.push_str(&remaining[..open]);
        let after = &remaining[open + 1..];
        let close = after.find(']').unwrap_or(after.len());
        codes.push(after[..close].trim().to_string());
        remaining = after.get(close + 1..).unwrap_or("");
    }
    rest.push_str(remaining);
    (rest, codes)
}

fn parse_restriction(text: &str) -> Result<Restriction, String> {
    if let Some(date) = text.strip_prefix('>') {
        return Ok(Restriction {
            from: Some(petrarch_date(date)?),
            to: None,
        });
    }
    if let Some(date) = text.strip_prefix('<') {
        let to = petrarch_date(date)?.previous();
        return Ok(Restriction { from: None, to });
    }
    let (from, to) = text.split_once('-').ok_or("malformed date restriction")?;
    let (from, to) = (petrarch_date(from)?, petrarch_date(to)?);
    if from > to {
        return Err("date restriction ends before it starts".to_string());
    }
    Ok(Restriction {
        from: Some(from),
        to: Some(to),
    })
}

/// `YYMMDD` (years up to 30 are 20xx) or `YYYYMMDD`.
fn petrarch_date(text: &str) -> Result<Date, String> {
    let malformed = || "malformed date".to_string();
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(malformed());
    }
    let (year, rest) = match text.len() {
        6 => {
            let short: u16 = text[..2].parse().map_err(|_| malformed())?;
            (
                if short <= 30 {
                    2000 + short
                } else {
                    1900 + short
                },
                &text[2..],
            )
        }
        8 => (text[..4].parse().map_err(|_| malformed())?, &text[4..]),
        _ => return Err(malformed()),
    };
    let month: u8 = rest[..2].parse().map_err(|_| malformed())?;
    let day: u8 = rest[2..].parse().map_err(|_| malformed())?;
    Date::new(year, month, day).ok_or_else(malformed)
}

/// A PETRARCH phrase (`UNITED_STATES_`, `U.N.`) as one of ours; `=` for common words.
fn convert_phrase(name: &str) -> Option<String> {
    let text = name.replace('_', " ");
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() || text.contains(['|', '[', ']', '{', '}', '=']) {
        return None;
    }
    if !text.contains(' ') && COMMON_WORDS.contains(&text.to_lowercase().as_str()) {
        return Some(format!("={text}"));
    }
    Some(text)
}

fn expand_sets(phrase: &str, sets: &HashMap<String, Vec<String>>) -> Vec<String> {
    let Some(start) = phrase.find('!') else {
        return vec![phrase.to_string()];
    };
    let Some(length) = phrase[start + 1..].find('!') else {
        return vec![phrase.to_string()];
    };
    let name = &phrase[start..start + length + 2];
    let Some(members) = sets.get(name) else {
        return vec![phrase.to_string()];
    };
    members
        .iter()
        .flat_map(|member| expand_sets(&phrase.replacen(name, member, 1), sets))
        .collect()
}

/// The objects a pattern body (`* OBJECT`, `* &SET`, `*`) stands for; `None` is "no object".
fn pattern_objects(
    body: &str,
    sets: &HashMap<String, Vec<String>>,
) -> Result<Vec<Option<String>>, &'static str> {
    let words: Vec<&str> = body.split_whitespace().collect();
    let Some(star) = words.iter().position(|word| *word == "*") else {
        return Err("pattern without `*`");
    };
    if star > 0 {
        return Err("words before the verb");
    }
    let after = &words[star + 1..];
    if after.iter().any(|word| word.contains(['$', '+', '%', '^'])) {
        return Err("source/target markers");
    }
    if after.iter().any(|word| word.starts_with('(')) {
        return Err("prepositional phrase");
    }
    if after.iter().any(|word| word.starts_with('{')) {
        return Err("multi-word noun phrase");
    }
    match after {
        [] => Ok(vec![None]),
        [word] if word.starts_with('&') => {
            let members = sets
                .get(word.trim_start_matches('&').trim_end_matches('_'))
                .ok_or("unknown synonym set")?;
            let objects: Vec<Option<String>> = members
                .iter()
                .filter(|member| !member.trim_end_matches('_').contains('_'))
                .filter_map(|member| object_lemma(member))
                .map(Some)
                .collect();
            if objects.is_empty() {
                Err("synonym set of multi-word phrases")
            } else {
                Ok(objects)
            }
        }
        [word] => object_lemma(word)
            .map(|object| vec![Some(object)])
            .ok_or("malformed object"),
        _ => Err("more than one word after the verb"),
    }
}

/// An object noun as a lemma: lowercase, a regular plural folded to the singular.
fn object_lemma(word: &str) -> Option<String> {
    let word = word.trim_end_matches('_').to_lowercase();
    if word.is_empty() || !word.chars().all(|c| c.is_ascii_alphabetic() || c == '-') {
        return None;
    }
    let singular = if word.len() > 4 && word.ends_with("ies") {
        format!("{}y", &word[..word.len() - 3])
    } else if word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
    {
        word[..word.len() - 1].to_string()
    } else {
        word
    };
    Some(singular)
}

fn verb_pattern(verb: &str, object: Option<&str>, particles: &[String]) -> String {
    let mut item = verb.to_string();
    if let Some(object) = object {
        item.push(' ');
        item.push_str(object);
    }
    for particle in particles {
        item.push_str(" ~");
        item.push_str(particle);
    }
    item
}

fn slug(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tables() -> CodeTables {
        let mut tables = CodeTables::default();
        let mut diagnostics = Vec::new();
        tables.read_actor_codes(
            "a",
            "AFG state Afghanistan\nIGOUNO igo United Nations\n",
            &mut diagnostics,
        );
        tables.read_sectors(
            "s",
            "GOV government\nELI elites\nMIL military\n",
            &mut diagnostics,
        );
        tables.read_cameo(
            "c",
            "036\t4.0\t1\tAGREE\t-\t-\t-\tx\n163\t-8.0\t4\tCOERCE\t-\t-\t-\tx\n",
            &mut diagnostics,
        );
        assert!(diagnostics.is_empty());
        tables
    }

    fn check(
        name: &str,
        text: &str,
        expected_files: &[(&str, &str)],
        expected_counts: (usize, usize),
    ) {
        let tables = tables();
        let input = SourceFile {
            name: name.to_string(),
            text: text.to_string(),
        };
        let import = import(&[input], &tables).unwrap();
        for (file, contains) in expected_files {
            let output = import
                .files
                .iter()
                .find(|f| f.name == *file)
                .unwrap_or_else(|| panic!("no {file}"));
            assert!(
                output.text.contains(contains),
                "{file}:\n{}\nwant {contains}",
                output.text
            );
        }
        let report = &import.reports[0];
        assert_eq!(
            (report.read, report.imported),
            expected_counts,
            "{report:?}"
        );
    }

    #[test]
    fn actors_with_dates_become_persons() {
        let text = "AFGHANISTAN_ [AFG]\n+AFGHAN_\nUS_ [AFG]\nABDULLAH_ABDULLAH_\n\t[AFGGOV 20011001-20050420]\n\t[AFGELI]\nKOFI_ANNAN_\n+K._ANNAN_\n\t[IGOUNO 970101-061231] [ELI]\nX_ [FOOBARMIL <150101]\n";
        check(
            "Test.actors.txt",
            text,
            &[
                (
                    "actors/test-actors.actors",
                    "actor AFG | AFGHANISTAN | AFGHAN\nactor AFG | =US\n",
                ),
                (
                    "persons/test-actors.persons",
                    "role pet-abdullah-abdullah AFG GOV 2001-10-01..2005-04-20",
                ),
                (
                    "persons/test-actors.persons",
                    "role pet-abdullah-abdullah AFG ELI\n",
                ),
                (
                    "persons/test-actors.persons",
                    "role pet-kofi-annan IGOUNO 1997-01-01..2006-12-31",
                ),
                (
                    "persons/test-actors.persons",
                    "role pet-kofi-annan IGOUNO ELI\n",
                ),
                (
                    "persons/test-actors.persons",
                    "role pet-x FOO BAR MIL ..2014-12-31",
                ),
                ("codes/actor-codes.txt", "FOO  other"),
                ("codes/sectors.txt", "BAR  imported"),
            ],
            (7, 7),
        );
    }

    #[test]
    fn agents_expand_sets_and_plurals() {
        let text = "!PERSON! = MAN, WOMAN\nCATTLE!PERSON! [~AGR]\nCHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUSGOV]\nBROKEN [~]\n";
        check(
            "Test.agents.txt",
            text,
            &[
                (
                    "agents/test-agents.agents",
                    "agent AGR | CATTLEMAN | CATTLEWOMAN",
                ),
                (
                    "agents/test-agents.agents",
                    "agent BUS BUSGOV | CHAMBER OF COMMERCE | CHAMBERS OF COMMERCE",
                ),
            ],
            (5, 4),
        );
    }

    #[test]
    fn verbs_map_where_the_pattern_language_allows() {
        let text = "&ARMS\n+WEAPON\n+GUN\n####### VERB PATTERNS #######\n--- MEET [036] ---\nMEET\n+SIT_DOWN [036]\n- * &ARMS [163]\n- * (WITH X) [036]\n- $ * + [036]\n- * TALKS [---]\n";
        check(
            "CAMEO.test.txt",
            text,
            &[
                ("events/cameo-test.events", "event 036 | meet | sit ~down"),
                (
                    "events/cameo-test.events",
                    "event 163 | meet weapon | meet gun | sit weapon ~down",
                ),
            ],
            (6, 3),
        );
    }
}
