//! Code tables: CAMEO event codes (name, Goldstein, QuadClass, PLOVER), actor codes and sectors.

use std::collections::BTreeMap;

use crate::Diagnostic;

/// One CAMEO event code with everything the tables say about it.
#[derive(Debug, Clone, PartialEq)]
pub struct CameoCode {
    /// The code with its leading zeros (`"036"`, `"0311"`).
    pub code: String,
    /// The CAMEO name.
    pub name: String,
    /// Goldstein conflict-cooperation value, -10 to +10.
    pub goldstein: f32,
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub quad_class: u8,
    /// PLOVER event type; `None` for the roots PLOVER dropped (01, 02).
    pub plover_type: Option<String>,
    /// PLOVER mode, if any.
    pub plover_mode: Option<String>,
    /// PLOVER contexts, if any.
    pub plover_contexts: Vec<String>,
    /// True when the Goldstein value was copied from a parent code.
    pub goldstein_from_parent: bool,
    /// True when the PLOVER mapping was copied from a parent code.
    pub plover_from_parent: bool,
}

impl CameoCode {
    /// The root: the first two characters (`"0311"` → `"03"`).
    pub fn root(&self) -> &str {
        &self.code[..2]
    }

    /// The base code: the first three characters, or the root for a root code.
    pub fn base(&self) -> &str {
        &self.code[..self.code.len().min(3)]
    }
}

/// What an actor code stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorCode {
    /// `state`, `territory`, `group`, `igo`, `ngo` or `other`.
    pub kind: String,
    /// Human-readable description.
    pub description: String,
}

/// A code that is not in the tables.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    /// Not a CAMEO event code.
    #[error("unknown CAMEO event code `{0}`")]
    UnknownCameo(String),
    /// Not a declared actor code.
    #[error("unknown actor code `{0}`")]
    UnknownActor(String),
    /// Not a declared sector code.
    #[error("unknown sector `{0}`")]
    UnknownSector(String),
}

/// The kinds an actor code may have.
pub const ACTOR_KINDS: &[&str] = &["state", "territory", "group", "igo", "ngo", "other"];

/// All code tables of a lexicon: the union of the declarations of every folder loaded.
#[derive(Debug, Clone, Default)]
pub struct CodeTables {
    cameo: BTreeMap<String, CameoCode>,
    actors: BTreeMap<String, ActorCode>,
    sectors: BTreeMap<String, String>,
    /// Sector → the PLOVER sector it counts as, where they differ (`INS` → `REB`).
    plover_sectors: BTreeMap<String, String>,
}

impl CodeTables {
    /// The CAMEO event code `code`.
    pub fn cameo(&self, code: &str) -> Result<&CameoCode, CodeError> {
        self.cameo
            .get(code)
            .ok_or_else(|| CodeError::UnknownCameo(code.to_string()))
    }

    /// The actor code `code`.
    pub fn actor(&self, code: &str) -> Result<&ActorCode, CodeError> {
        self.actors
            .get(code)
            .ok_or_else(|| CodeError::UnknownActor(code.to_string()))
    }

    /// The description of sector `code`.
    pub fn sector(&self, code: &str) -> Result<&str, CodeError> {
        self.sectors
            .get(code)
            .map(String::as_str)
            .ok_or_else(|| CodeError::UnknownSector(code.to_string()))
    }

    /// Every CAMEO code, in code order.
    pub fn cameo_codes(&self) -> impl Iterator<Item = &CameoCode> {
        self.cameo.values()
    }

    /// Every actor code with its declaration, in code order.
    pub fn actor_codes(&self) -> impl Iterator<Item = (&str, &ActorCode)> {
        self.actors
            .iter()
            .map(|(code, actor)| (code.as_str(), actor))
    }

    /// The PLOVER sector that sector `code` counts as: `code` itself unless `sectors.txt`
    /// maps it (`INS =REB`: PLOVER has no insurgent sector).
    pub fn plover_sector<'a>(&'a self, code: &'a str) -> &'a str {
        self.plover_sectors
            .get(code)
            .map(String::as_str)
            .unwrap_or(code)
    }

    /// Every sector code with its description, in code order.
    pub fn sectors(&self) -> impl Iterator<Item = (&str, &str)> {
        self.sectors
            .iter()
            .map(|(code, description)| (code.as_str(), description.as_str()))
    }

    /// True when `code` is a declared actor code.
    pub fn has_actor(&self, code: &str) -> bool {
        self.actors.contains_key(code)
    }

    /// True when `code` is a declared sector.
    pub fn has_sector(&self, code: &str) -> bool {
        self.sectors.contains_key(code)
    }

    /// Reads a `cameo-events.txt` table into these tables.
    pub(crate) fn read_cameo(&mut self, file: &str, text: &str, diagnostics: &mut Vec<Diagnostic>) {
        for (number, line) in content_lines(text) {
            let columns: Vec<&str> = line.split('\t').map(str::trim).collect();
            match parse_cameo_line(&columns) {
                Ok(code) => {
                    self.cameo.insert(code.code.clone(), code);
                }
                Err(message) => diagnostics.push(Diagnostic::new(file, number, message)),
            }
        }
    }

    /// Reads an `actor-codes.txt` declaration file into these tables.
    pub(crate) fn read_actor_codes(
        &mut self,
        file: &str,
        text: &str,
        diagnostics: &mut Vec<Diagnostic>,
    ) {
        for (number, line) in content_lines(text) {
            let mut parts = line.split_whitespace();
            let (Some(code), Some(kind)) = (parts.next(), parts.next()) else {
                diagnostics.push(Diagnostic::new(
                    file,
                    number,
                    "malformed line: expected `CODE kind description`".to_string(),
                ));
                continue;
            };
            if !is_code(code) {
                diagnostics.push(Diagnostic::new(
                    file,
                    number,
                    format!("malformed actor code `{code}`: use 3 or more capital letters"),
                ));
                continue;
            }
            if !ACTOR_KINDS.contains(&kind) {
                diagnostics.push(Diagnostic::new(
                    file,
                    number,
                    format!(
                        "unknown actor kind `{kind}` for `{code}` (one of {})",
                        ACTOR_KINDS.join(", ")
                    ),
                ));
                continue;
            }
            let description = parts.collect::<Vec<_>>().join(" ");
            self.actors.insert(
                code.to_string(),
                ActorCode {
                    kind: kind.to_string(),
                    description,
                },
            );
        }
    }

    /// Reads a `sectors.txt` declaration file into these tables.
    pub(crate) fn read_sectors(
        &mut self,
        file: &str,
        text: &str,
        diagnostics: &mut Vec<Diagnostic>,
    ) {
        for (number, line) in content_lines(text) {
            let mut parts = line.split_whitespace();
            let Some(code) = parts.next() else { continue };
            if code.len() != 3 || !is_code(code) {
                diagnostics.push(Diagnostic::new(
                    file,
                    number,
                    format!("malformed sector code `{code}`: use 3 capital letters"),
                ));
                continue;
            }
            let mut parts = parts.peekable();
            if let Some(mapped) = parts.next_if(|part| part.starts_with('=')) {
                let mapped = &mapped[1..];
                if mapped.len() != 3 || !is_code(mapped) {
                    diagnostics.push(Diagnostic::new(
                        file,
                        number,
                        format!(
                            "malformed PLOVER sector `={mapped}`: use `=` and 3 capital letters"
                        ),
                    ));
                    continue;
                }
                self.plover_sectors
                    .insert(code.to_string(), mapped.to_string());
            }
            let description = parts.collect::<Vec<_>>().join(" ");
            self.sectors.insert(code.to_string(), description);
        }
        // A mapping must name a declared sector (checked once every line is read).
        let undeclared: Vec<(String, String)> = self
            .plover_sectors
            .iter()
            .filter(|(_, mapped)| !self.sectors.contains_key(*mapped))
            .map(|(code, mapped)| (code.clone(), mapped.clone()))
            .collect();
        for (code, mapped) in undeclared {
            let number = content_lines(text)
                .find(|(_, line)| line.split_whitespace().next() == Some(code.as_str()))
                .map_or(0, |(number, _)| number);
            diagnostics.push(Diagnostic::new(
                file,
                number,
                format!("sector `{code}` maps to `{mapped}`, which is not declared"),
            ));
            self.plover_sectors.remove(&code);
        }
    }
}

/// True for a code made of capital ASCII letters (and digits after the first), 3 to 12 long.
pub(crate) fn is_code(code: &str) -> bool {
    (3..=12).contains(&code.len())
        && code.as_bytes()[0].is_ascii_uppercase()
        && code
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// Non-blank lines without their comments, numbered from 1.
pub(crate) fn content_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines().enumerate().filter_map(|(index, line)| {
        let line = line.split('#').next().unwrap_or("").trim();
        (!line.is_empty()).then_some((index + 1, line))
    })
}

fn parse_cameo_line(columns: &[&str]) -> Result<CameoCode, String> {
    let [code, goldstein, quad, plover, mode, context, derived, name] = columns else {
        return Err(format!(
            "malformed line: expected 8 tab-separated columns, found {}",
            columns.len()
        ));
    };
    if !(2..=4).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("malformed CAMEO code `{code}`"));
    }
    let goldstein: f32 = goldstein
        .parse()
        .ok()
        .filter(|value: &f32| (-10.0..=10.0).contains(value))
        .ok_or_else(|| format!("malformed Goldstein value `{goldstein}` for {code}"))?;
    let quad_class: u8 = quad
        .parse()
        .ok()
        .filter(|value| (1..=4).contains(value))
        .ok_or_else(|| format!("malformed QuadClass `{quad}` for {code}"))?;
    let optional = |text: &str| (text != "-" && !text.is_empty()).then(|| text.to_string());
    Ok(CameoCode {
        code: code.to_string(),
        name: name.to_string(),
        goldstein,
        quad_class,
        plover_type: optional(plover),
        plover_mode: optional(mode),
        plover_contexts: context
            .split(';')
            .filter(|part| !part.is_empty() && *part != "-")
            .map(str::to_string)
            .collect(),
        goldstein_from_parent: derived.contains('g'),
        plover_from_parent: derived.contains('p'),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(table: &str, code: &str, expected: Result<(&str, f32, u8, Option<&str>), String>) {
        let mut tables = CodeTables::default();
        let mut diagnostics = Vec::new();
        tables.read_cameo("t.txt", table, &mut diagnostics);
        let got = tables
            .cameo(code)
            .map(|c| {
                (
                    c.name.as_str(),
                    c.goldstein,
                    c.quad_class,
                    c.plover_type.as_deref(),
                )
            })
            .map_err(|error| error.to_string());
        assert_eq!(got, expected);
    }

    #[test]
    fn reads_the_cameo_table_and_names_unknown_codes() {
        let table = "# comment\n036\t4.0\t1\tAGREE\t-\tdiplomatic\t-\tExpress intent to meet\n010\t0.0\t1\t-\t-\t-\t-\tMake statement\n";
        check(
            table,
            "036",
            Ok(("Express intent to meet", 4.0, 1, Some("AGREE"))),
        );
        check(table, "010", Ok(("Make statement", 0.0, 1, None)));
        check(
            table,
            "999",
            Err("unknown CAMEO event code `999`".to_string()),
        );
    }

    #[test]
    fn malformed_table_lines_are_reported_with_their_line() {
        let mut tables = CodeTables::default();
        let mut diagnostics = Vec::new();
        tables.read_cameo("t.txt", "036\t4.0\n", &mut diagnostics);
        tables.read_actor_codes("a.txt", "\nUSA  nation  United States\n", &mut diagnostics);
        tables.read_sectors("s.txt", "GOVERNMENT  x\n", &mut diagnostics);
        let lines: Vec<String> = diagnostics.iter().map(|d| d.to_string()).collect();
        assert_eq!(lines.len(), 3, "{lines:?}");
        assert!(lines[0].starts_with("t.txt:1: malformed line"), "{lines:?}");
        assert!(
            lines[1].starts_with("a.txt:2: unknown actor kind `nation`"),
            "{lines:?}"
        );
        assert!(
            lines[2].starts_with("s.txt:1: malformed sector code"),
            "{lines:?}"
        );
    }

    #[test]
    fn a_sector_may_name_the_plover_sector_it_counts_as() {
        let mut tables = CodeTables::default();
        let mut diagnostics = Vec::new();
        tables.read_sectors(
            "s.txt",
            "REB  rebels\nINS  =REB  insurgents\nSEP  =XYZ  separatists\nMOD  =rebel  x\n",
            &mut diagnostics,
        );
        assert_eq!(tables.plover_sector("INS"), "REB");
        assert_eq!(tables.plover_sector("REB"), "REB");
        assert_eq!(tables.plover_sector("SEP"), "SEP");
        assert_eq!(tables.sector("INS"), Ok("insurgents"));
        let lines: Vec<String> = diagnostics.iter().map(|d| d.to_string()).collect();
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(
            lines[0].starts_with("s.txt:4: malformed PLOVER sector"),
            "{lines:?}"
        );
        assert!(
            lines[1].starts_with("s.txt:3: sector `SEP` maps to `XYZ`, which is not declared"),
            "{lines:?}"
        );
    }
}
