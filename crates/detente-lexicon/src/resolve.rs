//! Actor resolution: combining adjacent matches into one actor with a code and sectors.
//!
//! Design: a run of adjacent matches (a possessive `'s` may stand between them: "China's
//! foreign minister") is read as `[country-like] [agent …] [person]` — a country-like match is
//! an actor name, adjective or metonym. A second country-like match, or anything after a person,
//! starts a new actor. The result takes its parts from the most specific evidence:
//! 1. a person resolved on the article date gives country and sectors (a role in force, else
//!    the default role, else the country of the nearest role with `ELI`), because a name with
//!    a date is the strongest evidence (a former president is not GOV whatever the title says);
//! 2. otherwise the country comes from the country-like match and the sector from the last
//!    agent, then the metonym's sector, then the actor name's own sectors;
//! 3. a `former`/`ex` just before the actor makes the sector `ELI` ("former Russian president"),
//!    unless a person was resolved on a date (the date is the better evidence).
//!
//! Rejected: letting the title override the person's dated role ("President Trump" in 2022
//! would be GOV); resolving ambiguous surnames without a date preference.

use crate::date::Date;
use crate::format::Role;
use crate::load::{Lexicon, Payload};
use crate::matcher::{MatchWord, PhraseMatch};

/// A person found in an actor phrase, with the role that applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonRole {
    /// The person's id.
    pub id: String,
    /// The role in force (or the default or nearest role for `ELI`), if the person has roles.
    pub role: Option<Role>,
    /// True when no role covered the date and the person resolved to `ELI`.
    pub former: bool,
}

/// One resolved actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorResolution {
    /// First word index.
    pub start: usize,
    /// One past the last word index.
    pub end: usize,
    /// Indices into the matches given to [`Lexicon::resolve_actors`].
    pub parts: Vec<usize>,
    /// The actor code (country, group or organisation), if known.
    pub code: Option<String>,
    /// Sectors, the PLOVER one first.
    pub sectors: Vec<String>,
    /// The CAMEO actor code string (`CHNGOV`, `USALEG`).
    pub cameo: String,
    /// The person, if a name was matched.
    pub person: Option<PersonRole>,
    /// True when a state's adjective names its people, with no agent or person: "Russians",
    /// "Bosnian Serbs" (a group that "they" can refer to, not the state "it" refers to).
    pub people: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Country,
    Agent,
    Person,
    Other,
}

impl Lexicon {
    /// Combines `matches` (from [`Lexicon::match_words`] over `words`) into actors, resolving
    /// persons on `date` (with no date, a person's latest role applies). Discard matches and
    /// runs without a country, agent or person are skipped.
    pub fn resolve_actors(
        &self,
        words: &[MatchWord<'_>],
        matches: &[PhraseMatch],
        date: Option<Date>,
    ) -> Vec<ActorResolution> {
        let mut resolutions = Vec::new();
        let mut group: Vec<usize> = Vec::new();
        let mut last_part = Part::Other;
        for (index, found) in matches.iter().enumerate() {
            let mut part = self.part_of(found);
            if part == Part::Person && other_given_name(self, words, matches, found) {
                // "Nasr al-Hariri", "Bahaa Hariri": someone else of the listed surname.
                part = Part::Other;
            }
            let adjacent = group.last().is_some_and(|&previous| {
                let gap_start = matches[previous].end;
                found.start == gap_start
                    || (found.start == gap_start + 1
                        && words
                            .get(gap_start)
                            .is_some_and(|word| matches!(word.form, "'s" | "'" | "’s" | "’")))
            });
            let continues = adjacent
                && part != Part::Other
                && matches!(
                    (last_part, part),
                    (Part::Country | Part::Agent, Part::Agent | Part::Person)
                );
            if !continues && !group.is_empty() {
                resolutions.extend(self.resolve_group(words, matches, &group, date));
                group.clear();
            }
            if part != Part::Other {
                group.push(index);
                last_part = part;
            }
        }
        if !group.is_empty() {
            resolutions.extend(self.resolve_group(words, matches, &group, date));
        }
        resolutions
    }

    /// True when a story-level discard phrase is among `matches` (sports results and the
    /// like): the coder drops the whole story.
    pub fn discards_story(&self, matches: &[PhraseMatch]) -> bool {
        matches
            .iter()
            .flat_map(|found| &found.entries)
            .any(|entry| {
                matches!(
                    self.phrases.get(*entry).map(|entry| &entry.payload),
                    Some(Payload::Discard {
                        scope: crate::format::DiscardScope::Story
                    })
                )
            })
    }

    fn part_of(&self, found: &PhraseMatch) -> Part {
        let mut part = Part::Other;
        for &entry in &found.entries {
            let Some(phrase) = self.phrases.get(entry) else {
                continue;
            };
            let this = match phrase.payload {
                Payload::Person { .. } => Part::Person,
                Payload::Actor { .. } | Payload::Adjective { .. } | Payload::Metonym { .. } => {
                    Part::Country
                }
                Payload::Agent { .. } => Part::Agent,
                Payload::Discard { .. } => return Part::Other,
            };
            // Preference when a phrase has several meanings: person, then country-like, then agent.
            part = match (part, this) {
                (Part::Person, _) | (_, Part::Person) => Part::Person,
                (Part::Country, _) | (_, Part::Country) => Part::Country,
                _ => this,
            };
        }
        part
    }

    fn resolve_group(
        &self,
        words: &[MatchWord<'_>],
        matches: &[PhraseMatch],
        group: &[usize],
        date: Option<Date>,
    ) -> Option<ActorResolution> {
        let mut code: Option<String> = None;
        let mut sectors: Vec<String> = Vec::new();
        let mut cameo_sectors: Vec<String> = Vec::new();
        let mut person_payloads: Vec<usize> = Vec::new();
        let mut adjective = false;
        // Whether the adjective is an ethnic group's ("Yoruba leaders").
        let mut ethnic_adjective = false;
        // Whether `sectors` are those of a named non-state actor of a state: "Russian
        // opposition", "PKK", "Houthis", "Hamas".
        let mut own_sectors = false;
        for &index in group {
            let payloads: Vec<&Payload> = matches[index]
                .entries
                .iter()
                .map(|entry| &self.phrases[*entry].payload)
                .collect();
            let persons: Vec<usize> = payloads
                .iter()
                .filter_map(|payload| match payload {
                    Payload::Person { person } => Some(*person),
                    _ => None,
                })
                .collect();
            if !persons.is_empty() {
                person_payloads = persons;
                continue;
            }
            // The most specific country-like meaning: metonym, then actor, then adjective.
            let rank = |payload: &&&Payload| match payload {
                Payload::Metonym { .. } => 0,
                Payload::Actor { .. } => 1,
                Payload::Adjective { .. } => 2,
                Payload::Agent { .. } => 3,
                _ => 4,
            };
            let Some(best) = payloads.iter().min_by_key(rank) else {
                continue;
            };
            match best {
                Payload::Metonym {
                    code: actor,
                    sector,
                } => {
                    code = Some(actor.clone());
                    adjective = false;
                    if sectors.is_empty() {
                        sectors = vec![sector.clone()];
                        cameo_sectors = sectors.clone();
                    }
                }
                Payload::Actor {
                    code: actor,
                    sectors: own,
                } => {
                    code = Some(actor.clone());
                    adjective = false;
                    if sectors.is_empty() {
                        sectors = own.clone();
                        cameo_sectors = own.clone();
                        let state = self.tables().actor(actor).is_ok_and(|found| {
                            matches!(found.kind.as_str(), "state" | "territory")
                        });
                        own_sectors = state
                            && own
                                .first()
                                .is_some_and(|first| !STATE_SECTORS.contains(&first.as_str()));
                    }
                }
                Payload::Adjective {
                    code: actor,
                    ethnic,
                } => {
                    code = Some(actor.clone());
                    adjective = true;
                    ethnic_adjective = *ethnic;
                }
                // "PKK forces", "Houthi forces", "Hamas leaders", "Russian opposition leaders":
                // the people of a non-state actor coded with its state are that actor, not the
                // state's army or government. (A group with a code of its own takes the
                // agent's sector: PLOVER codes "al-Qaeda leaders" IMG GOV.)
                Payload::Agent { .. } if own_sectors => {}
                Payload::Agent { sector, cameo } => {
                    sectors = vec![sector.clone()];
                    cameo_sectors = vec![cameo.clone().unwrap_or_else(|| sector.clone())];
                    own_sectors = false;
                }
                _ => {}
            }
        }
        // "Yoruba leaders", "Pashtun chiefs": the leaders of a people living in a state are its
        // elites, not the state's government.
        if ethnic_adjective && sectors.first().is_some_and(|sector| sector == "GOV") {
            sectors = vec!["ELI".to_string()];
            cameo_sectors = sectors.clone();
        }
        let mut person = None;
        if !person_payloads.is_empty() {
            let chosen = self.choose_person(&person_payloads, date);
            let resolved = self.person_on(chosen, date);
            if let Some(role) = &resolved.role {
                code = Some(role.country.clone());
                sectors = if resolved.former {
                    vec!["ELI".to_string()]
                } else {
                    role.sectors.clone()
                };
                cameo_sectors = sectors.clone();
            }
            person = Some(resolved);
        }
        let start = matches[*group.first()?].start;
        let end = matches[*group.last()?].end;
        // "former president", "ex-minister": an elite, unless a dated person says otherwise.
        let former = start
            .checked_sub(1)
            .and_then(|previous| words.get(previous))
            .is_some_and(|word| {
                let form = word.form.to_lowercase();
                matches!(form.as_str(), "former" | "ex" | "ex-")
            });
        if former && !sectors.is_empty() && (person.is_none() || date.is_none()) {
            sectors = vec!["ELI".to_string()];
            cameo_sectors = sectors.clone();
        }
        let cameo = format!(
            "{}{}",
            code.as_deref().unwrap_or(""),
            cameo_sectors.concat()
        );
        let people = adjective && sectors.is_empty() && person.is_none();
        Some(ActorResolution {
            people,
            start,
            end,
            parts: group.to_vec(),
            code,
            sectors,
            cameo,
            person,
        })
    }

    /// Among persons sharing a name, the first with a role in force on `date`, else the first.
    fn choose_person(&self, candidates: &[usize], date: Option<Date>) -> usize {
        date.and_then(|date| {
            candidates.iter().copied().find(|&person| {
                self.persons[person]
                    .roles
                    .iter()
                    .any(|role| role.covers(date))
            })
        })
        .unwrap_or(candidates[0])
    }

    /// The role of person `index` on `date` (see the module documentation).
    fn person_on(&self, index: usize, date: Option<Date>) -> PersonRole {
        let person = &self.persons[index];
        let dated = person.roles.iter().filter(|role| role.dated);
        let default = person.roles.iter().find(|role| !role.dated);
        let make = |role: Option<&Role>, former: bool| PersonRole {
            id: person.id.clone(),
            role: role.cloned(),
            former,
        };
        let Some(date) = date else {
            // The current role: the dated role that starts last, else the default.
            let latest = dated.max_by_key(|role| role.from);
            return make(latest.or(default), false);
        };
        if let Some(role) = person
            .roles
            .iter()
            .filter(|role| role.covers(date))
            .max_by_key(|role| role.from)
        {
            return make(Some(role), false);
        }
        if let Some(role) = default {
            return make(
                Some(role),
                role.sectors.first().is_some_and(|sector| sector == "ELI"),
            );
        }
        // Nearest role in time: the last one that ended before the date, else the first after.
        // A former office holder is an elite of their state rather than of the organisation
        // they served last: Tony Blair after 2015 is GBR, not the Quartet's (IGOUNO).
        let ended = |role: &&Role| role.to.is_some_and(|to| to < date);
        let of_state = |role: &&Role| {
            self.tables()
                .actor(&role.country)
                .is_ok_and(|actor| matches!(actor.kind.as_str(), "state" | "territory"))
        };
        let before = dated
            .clone()
            .filter(ended)
            .filter(of_state)
            .max_by_key(|role| role.to)
            .or_else(|| dated.clone().filter(ended).max_by_key(|role| role.to));
        let nearest = before.or_else(|| dated.min_by_key(|role| role.from));
        make(nearest, nearest.is_some())
    }
}

/// Sectors of a state's own institutions.
const STATE_SECTORS: [&str; 8] = ["GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI", "BUS"];

/// Words that start sentences and are not given names, for text without lemmas: "Then Hariri
/// said".
const SENTENCE_OPENERS: [&str; 18] = [
    "then",
    "but",
    "and",
    "meanwhile",
    "yesterday",
    "today",
    "later",
    "when",
    "after",
    "before",
    "as",
    "if",
    "so",
    "now",
    "also",
    "instead",
    "earlier",
    "while",
];
/// Particles inside Arabic, Dutch, Romance and German surnames: "al-Hariri", "van Gogh".
const NAME_PARTICLES: [&str; 14] = [
    "al", "el", "bin", "ibn", "abu", "de", "van", "von", "da", "di", "le", "la", "du", "del",
];

/// True when a one-word person match (a listed surname) is preceded by a capitalised word that
/// no lexicon phrase covers and that is in none of the matched persons' names: a given name the
/// lexicon does not list with that surname, so another person ("Nasr al-Hariri" is not Saad
/// Hariri; "Bashar al Assad" written without the hyphen is still Assad). Titles, countries and
/// listed full names are lexicon phrases themselves and do not count.
fn other_given_name(
    lexicon: &Lexicon,
    words: &[MatchWord<'_>],
    matches: &[PhraseMatch],
    found: &PhraseMatch,
) -> bool {
    if found.end != found.start + 1 {
        return false;
    }
    let mut before = found.start;
    while before > 0 {
        let form = words[before - 1].form;
        if form == "-" || NAME_PARTICLES.contains(&form.to_lowercase().as_str()) {
            before -= 1;
        } else {
            break;
        }
    }
    let Some(given) = before.checked_sub(1) else {
        return false;
    };
    let form = words[given].form;
    let mut chars = form.chars();
    let capitalised = chars.next().is_some_and(char::is_uppercase)
        && form.chars().all(char::is_alphabetic)
        && form.chars().any(char::is_lowercase);
    // The lemmatizer keeps the case of proper nouns only: "The Bush administration" has "the".
    let proper = words[given]
        .lemma
        .is_none_or(|lemma| lemma.chars().next().is_some_and(char::is_uppercase));
    if !capitalised || !proper {
        return false;
    }
    let lower = form.to_lowercase();
    if crate::date::is_calendar_name(&lower)
        || (given == 0 && SENTENCE_OPENERS.contains(&lower.as_str()))
    {
        return false;
    }
    if matches
        .iter()
        .any(|other| other.start <= given && given < other.end)
    {
        return false;
    }
    let own_name = found.entries.iter().any(|&entry| {
        let Some(Payload::Person { person }) = lexicon.phrases.get(entry).map(|e| &e.payload)
        else {
            return false;
        };
        lexicon.persons.get(*person).is_some_and(|person| {
            person.names.iter().any(|name| {
                name.words
                    .iter()
                    .any(|word| word.eq_ignore_ascii_case(form))
            })
        })
    });
    !own_name
}
