//! How a cue changes the code of the event it governs: CAMEO gives intents (03x), appeals
//! (02x), demands (10x), refusals (12x) and threats (13x) the same inner structure as the acts
//! they concern, so the embedded act's code picks the sub-code ("refused to meet" 040 → 125,
//! "threatened to impose sanctions" 163 → 1312, "pledged aid" 070 → 033).

/// What governs an embedded act.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Frame {
    /// Intent, promise, offer ("agreed to meet").
    Intent,
    /// Appeal ("urged X to release").
    Appeal,
    /// Demand ("demanded that X withdraw").
    Demand,
    /// Refusal ("refused to meet").
    Refusal,
    /// Threat ("threatened to impose sanctions").
    Threat,
}

impl Frame {
    /// Short name for the rule string.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Frame::Intent => "intent",
            Frame::Appeal => "appeal",
            Frame::Demand => "demand",
            Frame::Refusal => "refusal",
            Frame::Threat => "threat",
        }
    }
}

/// Candidate codes, most specific first; the caller keeps the first the code table knows.
/// Intents and appeals to do something hostile are threats; a refusal of something hostile
/// is not coded (`None`), nor is a demand or intent with no codable act.
pub(crate) fn framed_codes(frame: Frame, embedded: &str) -> Option<Vec<String>> {
    let root: u32 = embedded.get(..2)?.parse().ok()?;
    let base = embedded.get(..3)?;
    let hostile = root >= 9;
    let frame = match (frame, hostile) {
        // Saying one will demand, criticise or oppose is already the verbal act ("China would
        // oppose hegemonism" expresses opposition), and so is announcing an investigation
        // ("inspectors will investigate"); only material hostility becomes a threat.
        (Frame::Intent, true) if (9..=12).contains(&root) => {
            return Some(vec![embedded.to_string()]);
        }
        // So is saying one will comment, deny or appeal ("will continue to deny responsibility"
        // denies it): a statement is no intent to cooperate.
        (Frame::Intent, false) if (1..=2).contains(&root) => {
            return Some(vec![embedded.to_string()]);
        }
        (Frame::Intent, true) => Frame::Threat,
        (Frame::Refusal, true) => return None,
        (frame, _) => frame,
    };
    let codes: Vec<&str> = match frame {
        Frame::Threat => threat_codes(root, base, embedded),
        Frame::Intent => cooperative(
            embedded,
            [
                "030", "031", "032", "033", "034", "035", "036", "037", "038", "039",
            ],
            "03",
        ),
        Frame::Appeal => cooperative(
            embedded,
            [
                "020", "021", "022", "023", "024", "025", "026", "027", "028", "028",
            ],
            "02",
        ),
        Frame::Demand => demand_codes(root, base, embedded),
        Frame::Refusal => refusal_codes(root, base, embedded),
    };
    Some(codes.into_iter().map(str::to_string).collect())
}

/// The 02x/03x families: index 0 generic, 1 material cooperation, 2 diplomatic, 3 aid, 4
/// reform, 5 yield, 6 meet, 7 settle, 8 accept mediation, 9 mediate.
fn cooperative(embedded: &str, family: [&'static str; 10], prefix: &str) -> Vec<&'static str> {
    let base = embedded.get(..3).unwrap_or("");
    let sub = embedded.get(3..4);
    let pick = |index: usize| family[index];
    let mut codes: Vec<&'static str> = Vec::new();
    let push_sub = |codes: &mut Vec<&'static str>, index: usize, digit: Option<&str>| {
        if let Some(digit) = digit {
            // Sub-codes exist for material cooperation, aid and yield: 0311, 0231 ….
            let leaked: &'static str = match (prefix, index, digit) {
                ("03", 1, "1") => "0311",
                ("03", 1, "2") => "0312",
                ("03", 1, "3") => "0313",
                ("03", 1, "4") => "0314",
                ("02", 1, "1") => "0211",
                ("02", 1, "2") => "0212",
                ("02", 1, "3") => "0213",
                ("02", 1, "4") => "0214",
                ("03", 3, "1") => "0331",
                ("03", 3, "2") => "0332",
                ("03", 3, "3") => "0333",
                ("03", 3, "4") => "0334",
                ("02", 3, "1") => "0231",
                ("02", 3, "2") => "0232",
                ("02", 3, "3") => "0233",
                ("02", 3, "4") => "0234",
                _ => "",
            };
            if !leaked.is_empty() {
                codes.push(leaked);
            }
        }
        codes.push(pick(index));
    };
    match base {
        // Mediating has its own intent and appeal codes (039, 028).
        "045" => push_sub(&mut codes, 9, None),
        "040" | "041" | "042" | "043" | "044" | "046" => push_sub(&mut codes, 6, None),
        "057" => push_sub(&mut codes, 7, None),
        "050" | "051" | "052" | "053" | "054" | "055" | "056" => push_sub(&mut codes, 2, None),
        "060" => push_sub(&mut codes, 1, None),
        "061" => push_sub(&mut codes, 1, Some("1")),
        "062" => push_sub(&mut codes, 1, Some("2")),
        "063" => push_sub(&mut codes, 1, Some("3")),
        "064" => push_sub(&mut codes, 1, Some("4")),
        "070" => push_sub(&mut codes, 3, None),
        "071" => push_sub(&mut codes, 3, Some("1")),
        "072" => push_sub(&mut codes, 3, Some("2")),
        "073" => push_sub(&mut codes, 3, Some("3")),
        "074" => push_sub(&mut codes, 3, Some("4")),
        "083" => push_sub(&mut codes, 4, None),
        "080" | "081" | "082" | "084" | "085" | "086" | "087" => {
            let yield_sub: Option<&'static str> = match (prefix, base) {
                ("03", "081") => Some("0351"),
                ("03", "082") => Some("0352"),
                ("03", "084") => Some("0353"),
                ("03", "085") => Some("0354"),
                ("03", "086") => Some("0355"),
                ("03", "087") => Some("0356"),
                ("02", "081") => Some("0251"),
                ("02", "082") => Some("0252"),
                ("02", "084") => Some("0253"),
                ("02", "085") => Some("0254"),
                ("02", "086") => Some("0255"),
                ("02", "087") => Some("0256"),
                _ => None,
            };
            codes.extend(yield_sub);
            codes.push(pick(5));
        }
        _ if base.starts_with(prefix) => {
            // Already an intent or appeal code ("agreed to cooperate" with 030).
            if let Some(code) = family.iter().find(|code| **code == base) {
                codes.push(code);
            }
            codes.push(pick(0));
        }
        _ => codes.push(pick(0)),
    }
    let _ = sub;
    codes
}

fn demand_codes(root: u32, base: &str, embedded: &str) -> Vec<&'static str> {
    let mut codes = Vec::new();
    match (root, base) {
        (4, _) => codes.push("108"),
        (6, _) => {
            codes.extend(match embedded.get(..3) {
                Some("061") => Some("1011"),
                Some("062") => Some("1012"),
                Some("063") => Some("1013"),
                Some("064") => Some("1014"),
                _ => None,
            });
            codes.push("100");
        }
        (5, _) => codes.push("102"),
        (7, _) => {
            codes.extend(match base {
                "071" => Some("1031"),
                "072" => Some("1032"),
                "073" => Some("1033"),
                "074" => Some("1034"),
                _ => None,
            });
            codes.push("103");
        }
        (8, "083") => codes.push("104"),
        (8, _) => {
            codes.extend(match base {
                "081" => Some("1051"),
                "082" => Some("1052"),
                "084" => Some("1053"),
                "085" => Some("1054"),
                "086" => Some("1055"),
                "087" => Some("1056"),
                _ => None,
            });
            codes.push("100");
        }
        _ => codes.push("100"),
    }
    codes
}

fn refusal_codes(root: u32, base: &str, embedded: &str) -> Vec<&'static str> {
    let mut codes = Vec::new();
    match (root, base) {
        (4, _) => codes.push("125"),
        (5, "057") => codes.push("127"),
        (6, _) => {
            codes.extend(match embedded.get(..3) {
                Some("061") => Some("1211"),
                Some("062") => Some("1212"),
                _ => None,
            });
            codes.push("121");
        }
        (7, _) => {
            codes.extend(match base {
                "071" => Some("1221"),
                "072" => Some("1222"),
                "073" => Some("1223"),
                "074" => Some("1224"),
                _ => None,
            });
            codes.push("122");
        }
        (8, "083") => codes.push("123"),
        (8, _) => {
            codes.extend(match base {
                "081" => Some("1241"),
                "082" => Some("1242"),
                "084" => Some("1243"),
                "085" => Some("1244"),
                "086" => Some("1245"),
                "087" => Some("1246"),
                _ => None,
            });
            codes.push("124");
        }
        _ => codes.push("120"),
    }
    codes
}

fn threat_codes(root: u32, base: &str, embedded: &str) -> Vec<&'static str> {
    let mut codes = Vec::new();
    let _ = embedded;
    match (root, base) {
        (16, "161") => codes.push("1313"),
        (16, "162") => codes.push("1311"),
        (16, "163") => codes.push("1312"),
        (16, "164") => codes.push("134"),
        (16, "165") => codes.push("135"),
        (16, "166") => codes.push("136"),
        (16, _) => codes.push("131"),
        (17, "172") => codes.push("132"),
        (17, "175") => codes.push("137"),
        (14, _) => codes.push("133"),
        (15, _) | (19, _) | (18, _) | (20, _) => {
            codes.extend(match base {
                "191" => Some("1381"),
                "192" => Some("1382"),
                "180" | "181" | "182" | "183" | "184" | "185" | "186" => Some("1383"),
                "190" | "193" | "194" | "195" | "196" => Some("1384"),
                "204" => Some("1385"),
                _ => None,
            });
            codes.push("138");
        }
        (13, _) => codes.push("130"),
        _ => codes.push("130"),
    }
    codes
}

/// The code of ending an act: "halted talks" 046 → 164, "stopped arming the rebels" 072 →
/// 1622, "suspended the curfew" 1723 → 0813, "ended the shelling" 190 → 087. `None` when ending
/// the act is no event of its own (ending a statement, a visit, an arrest): the act is then
/// simply not done. `verb` is the ending verb's lemma: "ended two days of talks" concluded
/// them, so only halting, stopping or suspending talks breaks them off.
pub(crate) fn ceased_code(verb: &str, embedded: &str) -> Option<&'static str> {
    let root: u32 = embedded.get(..2)?.parse().ok()?;
    let base = embedded.get(..3)?;
    Some(match (root, base) {
        (4, _) if verb == "end" => return None,
        (4, "045") => "165",
        (4, _) => "164",
        (5, _) => "161",
        (6, _) => "160",
        (7, "071") => "1621",
        (7, "072") => "1622",
        (7, "073") => "1623",
        // "withdrew its peacekeeping force", "ended the peacekeeping mission".
        (7, "074") => "1661",
        (7, _) => "162",
        (14, _) => "082",
        (15, _) => "087",
        (16, "163") => "085",
        (17, "172") => match embedded {
            "1721" => "0811",
            "1722" => "0812",
            "1723" => "0813",
            "1724" => "0814",
            _ => "081",
        },
        (18..=20, "191") => "0872",
        (18..=20, _) => "087",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::{ceased_code, framed_codes, Frame};

    fn check(frame: Frame, embedded: &str, expected: Option<&str>) {
        let got = framed_codes(frame, embedded).and_then(|codes| codes.first().cloned());
        assert_eq!(got.as_deref(), expected, "{frame:?} {embedded}");
    }

    #[test]
    fn frames_pick_the_parallel_sub_code() {
        check(Frame::Refusal, "040", Some("125"));
        check(Frame::Refusal, "0841", Some("1243"));
        check(Frame::Refusal, "190", None);
        check(Frame::Threat, "163", Some("1312"));
        check(Frame::Intent, "190", Some("1384"));
        check(Frame::Intent, "110", Some("110"));
        check(Frame::Intent, "120", Some("120"));
        check(Frame::Intent, "163", Some("1312"));
        check(Frame::Intent, "036", Some("036"));
        check(Frame::Intent, "040", Some("036"));
        check(Frame::Intent, "045", Some("039"));
        check(Frame::Appeal, "045", Some("028"));
        check(Frame::Intent, "073", Some("0333"));
        check(Frame::Appeal, "0871", Some("0256"));
        check(Frame::Demand, "087", Some("1056"));
        check(Frame::Demand, "042", Some("108"));
    }

    #[test]
    fn ending_an_act_is_its_reversal_or_nothing() {
        let check = |verb: &str, embedded: &str, expected: Option<&str>| {
            assert_eq!(ceased_code(verb, embedded), expected, "{verb} {embedded}");
        };
        check("halt", "046", Some("164"));
        check("end", "046", None);
        check("suspend", "045", Some("165"));
        check("stop", "072", Some("1622"));
        check("end", "163", Some("085"));
        check("suspend", "1723", Some("0813"));
        check("end", "190", Some("087"));
        check("halt", "191", Some("0872"));
        check("stop", "010", None);
        check("stop", "173", None);
        // Threatening to halt talks and urging a halt to attacks go through the frames.
        assert_eq!(
            framed_codes(Frame::Threat, "164").and_then(|codes| codes.first().cloned()),
            Some("134".to_string())
        );
        assert_eq!(
            framed_codes(Frame::Appeal, "087").and_then(|codes| codes.first().cloned()),
            Some("0256".to_string())
        );
    }
}
