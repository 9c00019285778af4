//! The accuracy gate: the engine must keep these figures on the gold corpora.
//!
//! Figures are those of `score.py` (computed by `claimlens::eval`, which
//! `tests/eval_agrees.rs` holds to the script). They are printed on every run
//! (`cargo test --test accuracy -- --nocapture`); on a failure the weakest
//! files are printed with what was missed, spurious or misattributed.

use claimlens::eval::{self, Report};
use std::path::Path;

/// Scores the annotator on every gold file of `dir`, in the file's own
/// conventions (PolNeAR's broken quotes joined).
fn measure(dir: &Path) -> Report {
    eval::score_dir(dir, |gold| gold.annotate())
        .unwrap_or_else(|e| panic!("cannot score {}: {e}", dir.display()))
}

/// Prints the figures and fails when any is below its floor.
fn gate(label: &str, report: &Report, floors: &[(&str, f64)]) {
    let totals = report.totals();
    println!("{label}:\n{totals}");
    let measured = |name: &str| match name {
        "claim_f1" => totals.claim_f1(),
        "attribution" => totals.attribution(),
        "counterclaim_f1" => totals.counterclaim_f1(),
        "counterclaim_link" => totals.counterclaim_link(),
        other => unreachable!("no floor for {other}"),
    };
    let below: Vec<String> = floors
        .iter()
        .filter(|&&(name, floor)| measured(name) < floor)
        .map(|&(name, floor)| format!("{name} {:.3} < {floor}", measured(name)))
        .collect();
    if !below.is_empty() {
        for file in report.weakest(3) {
            println!("{}", file.details());
        }
        panic!("{label}: below the floor: {}", below.join(", "));
    }
}

/// Gates a gold set kept in the repository, `rel` from its root.
fn gate_in_repo(rel: &str, floors: &[(&str, f64)]) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    gate(rel, &measure(&dir), floors);
}

#[test]
fn corpus() {
    // Issue #2's targets.
    gate_in_repo(
        "tests/corpus",
        &[
            ("claim_f1", 0.85),
            ("attribution", 0.90),
            ("counterclaim_f1", 0.70),
            ("counterclaim_link", 0.80),
        ],
    );
}

/// Articles written blind to the engine (tests/fresh/README.md): the
/// nearest thing in the repository to the unseen articles the engine is
/// judged on. The floors sit just under the measured figures.
#[test]
fn fresh() {
    gate_in_repo(
        "tests/fresh",
        &[
            ("claim_f1", 0.95),
            ("attribution", 0.93),
            ("counterclaim_f1", 0.69),
            ("counterclaim_link", 0.40),
        ],
    );
}

/// A second set written blind (tests/fresh2/README.md), ten articles of
/// other kinds of news, after the engine had been tuned on the first.
#[test]
fn fresh2() {
    gate_in_repo(
        "tests/fresh2",
        &[
            ("claim_f1", 0.95),
            ("attribution", 0.95),
            ("counterclaim_f1", 0.71),
            ("counterclaim_link", 0.46),
        ],
    );
}

/// A third set written blind (tests/fresh3/README.md), ten more articles;
/// first measured blind at 0.981 / 0.870 / 0.412 / 0.476, then studied.
#[test]
fn fresh3() {
    gate_in_repo(
        "tests/fresh3",
        &[
            ("claim_f1", 0.98),
            ("attribution", 0.94),
            ("counterclaim_f1", 0.67),
            ("counterclaim_link", 0.45),
        ],
    );
}

/// A fourth set written blind (tests/fresh4/README.md); first measured
/// blind at 0.947 / 0.889 / 0.541 / 0.400, then studied; the floors sit just
/// under today's figures. (The link floor went from 0.55 to 0.54 when
/// judging a named claim became a counterclaim: one more counterclaim found
/// here, linked to the right speaker's other claim.)
#[test]
fn fresh4() {
    gate_in_repo(
        "tests/fresh4",
        &[
            ("claim_f1", 0.965),
            ("attribution", 0.95),
            ("counterclaim_f1", 0.53),
            ("counterclaim_link", 0.54),
        ],
    );
}

/// A fifth set written blind (tests/fresh5/README.md), every article built
/// around a dispute; first measured blind at 0.970 / 0.939 / 0.625 / 0.520.
/// The link floor was 0.50 until quoted infinitives became claims
/// (dc27509): "saying it could not guarantee … after two student groups
/// promised to "shut it down"" now ends the college's content before the
/// students' own claim, as the same words unquoted always did, and two
/// counterclaims linked to that claim point at a content the gold has
/// longer (0.509 → 0.473). 0.46 until reported facts carried a rebuttal
/// on in its paragraph (session 38): one more counterclaim found, its link
/// inherited from a rebuttal linked wrongly (0.460 → 0.453; counterclaim
/// F1 0.704 → 0.707, and over the 35 blind sets F1 +0.007, link −0.002).
/// 0.44 until more words of criticism ("a punishment", "a slap in the
/// face") made two more judgments counterclaims (F1 0.707 → 0.721, link
/// 0.453 → 0.439).
#[test]
fn fresh5() {
    gate_in_repo(
        "tests/fresh5",
        &[
            ("claim_f1", 0.96),
            ("attribution", 0.93),
            ("counterclaim_f1", 0.61),
            ("counterclaim_link", 0.43),
        ],
    );
}

/// A sixth set written blind (tests/fresh6/README.md), judged strictly on
/// counterclaims as the corpus is; first measured blind at 0.959 / 0.957 /
/// 0.581 / 0.500. The link floor was 0.48 until reported facts carried a
/// rebuttal on in its paragraph (session 38): three more counterclaims
/// found (F1 0.672 → 0.701), all three linked as wrongly as the
/// rebuttals they carry on (0.500 → 0.468). Then 0.45, until more words of
/// criticism ("an act of municipal vandalism") made one more judgment a
/// counterclaim, linked wrongly (F1 0.711 → 0.721, link 0.458 → 0.449).
#[test]
fn fresh6() {
    gate_in_repo(
        "tests/fresh6",
        &[
            ("claim_f1", 0.95),
            ("attribution", 0.95),
            ("counterclaim_f1", 0.57),
            ("counterclaim_link", 0.44),
        ],
    );
}

/// A seventh set written blind (tests/fresh7/README.md), judged strictly on
/// counterclaims; first measured blind at 0.954 / 0.931 / 0.683 / 0.429.
#[test]
fn fresh7() {
    gate_in_repo(
        "tests/fresh7",
        &[
            ("claim_f1", 0.94),
            ("attribution", 0.92),
            ("counterclaim_f1", 0.67),
            ("counterclaim_link", 0.41),
        ],
    );
}

/// An eighth set written blind (tests/fresh8/README.md), judged strictly on
/// counterclaims; first measured blind at 0.946 / 0.937 / 0.661 / 0.385.
#[test]
fn fresh8() {
    gate_in_repo(
        "tests/fresh8",
        &[
            ("claim_f1", 0.93),
            ("attribution", 0.92),
            ("counterclaim_f1", 0.65),
            ("counterclaim_link", 0.35),
        ],
    );
}

/// A ninth set written blind (tests/fresh9/README.md), judged strictly on
/// counterclaims; first measured blind at 0.964 / 0.926 / 0.635 / 0.489.
#[test]
fn fresh9() {
    gate_in_repo(
        "tests/fresh9",
        &[
            ("claim_f1", 0.95),
            ("attribution", 0.91),
            ("counterclaim_f1", 0.62),
            ("counterclaim_link", 0.47),
        ],
    );
}

/// A tenth set written blind (tests/fresh10/README.md), with fewer
/// counterclaims in some articles than others; first measured blind at
/// 0.947 / 0.934 / 0.485 / 0.400. (The link floor went from 0.38 to 0.37
/// when an answer by the party a claim was about, named by role, became a
/// counterclaim: one more found, rightly, and linked wrongly, 11 of 28
/// links right became 11 of 29. It went to 0.35 when a negative claim that
/// shares a word with the claim of another speaker just heard became a
/// counterclaim: two more found, rightly, and linked wrongly, 11 of 31.)
#[test]
fn fresh10() {
    gate_in_repo(
        "tests/fresh10",
        &[
            ("claim_f1", 0.93),
            ("attribution", 0.92),
            ("counterclaim_f1", 0.47),
            ("counterclaim_link", 0.35),
        ],
    );
}

/// An eleventh set written blind (tests/fresh11/README.md), with US wire
/// copy among its beats; first measured blind at 0.957 / 0.917 / 0.634 /
/// 0.385. (The counterclaim floor went from 0.61 to 0.56 when a negative
/// claim that shares a word with the claim of another speaker just heard
/// became a counterclaim: seven such claims here are plain claims in the
/// gold, "My foot is not on the line" among them, while over the sixteen
/// blind sets the rule took counterclaim F1 from 0.668 to 0.685.)
#[test]
fn fresh11() {
    gate_in_repo(
        "tests/fresh11",
        &[
            ("claim_f1", 0.94),
            ("attribution", 0.90),
            ("counterclaim_f1", 0.56),
            ("counterclaim_link", 0.36),
        ],
    );
}

/// A twelfth set written blind (tests/fresh12/README.md), asked for a
/// dispute in every article (half its claims are counterclaims); first
/// measured blind at 0.972 / 0.969 / 0.763 / 0.509.
#[test]
fn fresh12() {
    gate_in_repo(
        "tests/fresh12",
        &[
            ("claim_f1", 0.95),
            ("attribution", 0.95),
            ("counterclaim_f1", 0.74),
            ("counterclaim_link", 0.48),
        ],
    );
}

/// A thirteenth set written blind (tests/fresh13/README.md), with a
/// dispute in every article; first measured blind at 0.977 / 0.948 / 0.662
/// / 0.460.
#[test]
fn fresh13() {
    gate_in_repo(
        "tests/fresh13",
        &[
            ("claim_f1", 0.95),
            ("attribution", 0.92),
            ("counterclaim_f1", 0.64),
            ("counterclaim_link", 0.44),
        ],
    );
}

/// A fourteenth set written blind (tests/fresh14/README.md), asked for
/// answers that carry no word of denial, as real reporting has them; first
/// measured blind at 0.975 / 0.948 / 0.457 / 0.500.
#[test]
fn fresh14() {
    gate_in_repo(
        "tests/fresh14",
        &[
            ("claim_f1", 0.95),
            ("attribution", 0.92),
            ("counterclaim_f1", 0.43),
            ("counterclaim_link", 0.46),
        ],
    );
}

/// A fifteenth set written blind (tests/fresh15/README.md), of disputes
/// among three or more parties whose answers often skip the nearest claim;
/// first measured blind at 0.972 / 0.924 / 0.526 / 0.514.
#[test]
fn fresh15() {
    gate_in_repo(
        "tests/fresh15",
        &[
            ("claim_f1", 0.95),
            ("attribution", 0.90),
            ("counterclaim_f1", 0.50),
            ("counterclaim_link", 0.49),
        ],
    );
}

/// A sixteenth set written blind (tests/fresh16/README.md), in which one
/// speaker makes several claims and an answer takes up one of them, often
/// not the latest; first measured blind at 0.952 / 0.915 / 0.624 / 0.477.
#[test]
fn fresh16() {
    gate_in_repo(
        "tests/fresh16",
        &[
            ("claim_f1", 0.93),
            ("attribution", 0.89),
            ("counterclaim_f1", 0.60),
            ("counterclaim_link", 0.45),
        ],
    );
}

/// A seventeenth set written blind (tests/fresh17/README.md), of ordinary
/// news with the disputes such stories carry; first measured blind at
/// 0.936 / 0.913 / 0.458 / 0.267.
#[test]
fn fresh17() {
    gate_in_repo(
        "tests/fresh17",
        &[
            ("claim_f1", 0.92),
            ("attribution", 0.89),
            ("counterclaim_f1", 0.44),
            ("counterclaim_link", 0.25),
        ],
    );
}

/// An eighteenth set written blind (tests/fresh18/README.md), of
/// wire-service political and international news, the seed article's
/// genre; first measured blind at 0.969 / 0.946 / 0.723 / 0.392.
#[test]
fn fresh18() {
    gate_in_repo(
        "tests/fresh18",
        &[
            ("claim_f1", 0.95),
            ("attribution", 0.92),
            ("counterclaim_f1", 0.70),
            ("counterclaim_link", 0.37),
        ],
    );
}

/// A nineteenth set written blind (tests/fresh19/README.md), of business,
/// markets and technology news; first measured blind at 0.985 / 0.912 /
/// 0.676 / 0.553.
#[test]
fn fresh19() {
    gate_in_repo(
        "tests/fresh19",
        &[
            ("claim_f1", 0.96),
            ("attribution", 0.89),
            ("counterclaim_f1", 0.65),
            ("counterclaim_link", 0.53),
        ],
    );
}

/// A twentieth set written blind (tests/fresh20/README.md), of sport,
/// culture and entertainment news; first measured blind at 0.967 / 0.953 /
/// 0.685 / 0.449.
#[test]
fn fresh20() {
    gate_in_repo(
        "tests/fresh20",
        &[
            ("claim_f1", 0.95),
            ("attribution", 0.93),
            ("counterclaim_f1", 0.66),
            ("counterclaim_link", 0.42),
        ],
    );
}

/// A twenty-first set written blind (tests/fresh21/README.md), of science,
/// health and environment news; first measured blind at 0.948 / 0.934 /
/// 0.635 / 0.447.
#[test]
fn fresh21() {
    gate_in_repo(
        "tests/fresh21",
        &[
            ("claim_f1", 0.93),
            ("attribution", 0.91),
            ("counterclaim_f1", 0.61),
            ("counterclaim_link", 0.42),
        ],
    );
}

/// A twenty-second set written blind (tests/fresh22/README.md), of courts,
/// policing and legal affairs; first measured blind at 0.966 / 0.957 /
/// 0.681 / 0.435.
#[test]
fn fresh22() {
    gate_in_repo(
        "tests/fresh22",
        &[
            ("claim_f1", 0.95),
            ("attribution", 0.94),
            ("counterclaim_f1", 0.66),
            ("counterclaim_link", 0.41),
        ],
    );
}

/// A twenty-third set written blind (tests/fresh23/README.md), of business,
/// labour and consumer affairs; first measured blind at 0.973 / 0.959 /
/// 0.748 / 0.512. The link's floor fell from 0.48 when a union's name with
/// a title inside ("the Transport and General Workers' Federation") became
/// one body: its later "The union" and "The federation" are no longer
/// other speakers, and one reply now links to the union's first claim, not
/// its latest (attribution 0.980 to 0.990, link 0.500 to 0.477).
#[test]
fn fresh23() {
    gate_in_repo(
        "tests/fresh23",
        &[
            ("claim_f1", 0.95),
            ("attribution", 0.93),
            ("counterclaim_f1", 0.72),
            ("counterclaim_link", 0.46),
        ],
    );
}

/// A twenty-fourth set written blind (tests/fresh24/README.md), of
/// education, sport, culture and local government; first measured blind at
/// 0.977 / 0.953 / 0.655 / 0.405. The link's floor fell from 0.38 when "a
/// spokesman said" went to the body that had just spoken, not to a place
/// named in passing: attribution 0.985 to 0.990, link 0.405 to 0.378 (the
/// reply after it now links to the claim before the body's, not to the
/// body's).
#[test]
fn fresh24() {
    gate_in_repo(
        "tests/fresh24",
        &[
            ("claim_f1", 0.95),
            ("attribution", 0.95),
            ("counterclaim_f1", 0.63),
            ("counterclaim_link", 0.36),
        ],
    );
}

/// A twenty-fifth set written blind (tests/fresh25/README.md), of
/// international affairs, diplomacy and politics outside the US; first
/// measured blind at 0.940 / 0.968 / 0.701 / 0.512.
#[test]
fn fresh25() {
    gate_in_repo(
        "tests/fresh25",
        &[
            ("claim_f1", 0.92),
            ("attribution", 0.95),
            ("counterclaim_f1", 0.67),
            ("counterclaim_link", 0.48),
        ],
    );
}

/// A twenty-sixth set written blind (tests/fresh26/README.md), of US
/// politics: Congress, state houses, campaigns and agencies; first measured
/// blind at 0.919 / 0.946 / 0.693 / 0.705.
#[test]
fn fresh26() {
    gate_in_repo(
        "tests/fresh26",
        &[
            ("claim_f1", 0.90),
            ("attribution", 0.92),
            ("counterclaim_f1", 0.66),
            ("counterclaim_link", 0.66),
        ],
    );
}

/// A twenty-seventh set written blind (tests/fresh27/README.md), in the
/// British, Irish and Australian or New Zealand press's style (single
/// quotes, "said Ms X"); first measured blind at 0.974 / 0.973 / 0.706 /
/// 0.667.
#[test]
fn fresh27() {
    gate_in_repo(
        "tests/fresh27",
        &[
            ("claim_f1", 0.95),
            ("attribution", 0.95),
            ("counterclaim_f1", 0.67),
            ("counterclaim_link", 0.63),
        ],
    );
}

/// A twenty-eighth set written blind (tests/fresh28/README.md), in the
/// style of the English-language press of South Asia, Africa, Canada and
/// South-East Asia (datelines, honorifics, acronyms of bodies); first
/// measured blind at 0.951 / 0.923 / 0.731 / 0.612.
#[test]
fn fresh28() {
    gate_in_repo(
        "tests/fresh28",
        &[
            ("claim_f1", 0.93),
            ("attribution", 0.90),
            ("counterclaim_f1", 0.70),
            ("counterclaim_link", 0.58),
        ],
    );
}

/// A twenty-ninth set written blind (tests/fresh29/README.md): reaction
/// stories, with written and joint statements, open letters and posts;
/// first measured blind at 0.966 / 0.994 / 0.710 / 0.568.
#[test]
fn fresh29() {
    gate_in_repo(
        "tests/fresh29",
        &[
            ("claim_f1", 0.94),
            ("attribution", 0.97),
            ("counterclaim_f1", 0.68),
            ("counterclaim_link", 0.53),
        ],
    );
}

/// A thirtieth set written blind (tests/fresh30/README.md): investigations
/// and allegations, with the accused answering (or declining to) paragraphs
/// later and answers to answers; first measured blind at 0.997 / 0.956 /
/// 0.662 / 0.467.
#[test]
fn fresh30() {
    gate_in_repo(
        "tests/fresh30",
        &[
            ("claim_f1", 0.97),
            ("attribution", 0.93),
            ("counterclaim_f1", 0.63),
            ("counterclaim_link", 0.44),
        ],
    );
}

/// A thirty-first set written blind (tests/fresh31/README.md): press
/// conferences, interviews and hearings, speakers quoted at length and in
/// turn, quotes continued over paragraphs; first measured blind at 0.953 /
/// 0.980 / 0.704 / 0.400.
#[test]
fn fresh31() {
    gate_in_repo(
        "tests/fresh31",
        &[
            ("claim_f1", 0.92),
            ("attribution", 0.95),
            ("counterclaim_f1", 0.67),
            ("counterclaim_link", 0.37),
        ],
    );
}

/// A thirty-second set written blind (tests/fresh32/README.md): a regional
/// paper's ordinary day, some stories with a dispute and some with none;
/// first measured blind at 0.995 / 0.958 / 0.724 / 0.714.
#[test]
fn fresh32() {
    gate_in_repo(
        "tests/fresh32",
        &[
            ("claim_f1", 0.96),
            ("attribution", 0.93),
            ("counterclaim_f1", 0.69),
            ("counterclaim_link", 0.68),
        ],
    );
}

/// A thirty-third set written blind (tests/fresh33/README.md): conflict and
/// crisis reporting, claims and denials between governments, armed groups,
/// aid agencies and witnesses; first measured blind at 0.984 / 0.976 /
/// 0.714 / 0.680.
#[test]
fn fresh33() {
    gate_in_repo(
        "tests/fresh33",
        &[
            ("claim_f1", 0.95),
            ("attribution", 0.94),
            ("counterclaim_f1", 0.68),
            ("counterclaim_link", 0.64),
        ],
    );
}

/// A thirty-fourth set written blind (tests/fresh34/README.md): technology,
/// platforms and online speech, companies against regulators, researchers,
/// politicians and fact-checkers; first measured blind at 0.973 / 0.954 /
/// 0.778 / 0.690.
#[test]
fn fresh34() {
    gate_in_repo(
        "tests/fresh34",
        &[
            ("claim_f1", 0.95),
            ("attribution", 0.93),
            ("counterclaim_f1", 0.74),
            ("counterclaim_link", 0.64),
        ],
    );
}

/// A thirty-fifth set written blind (tests/fresh35/README.md): energy,
/// housing, transport and planning disputes, councils, operators, unions
/// and residents answering one another; first measured blind at 0.991 /
/// 0.964 / 0.795 / 0.581.
#[test]
fn fresh35() {
    gate_in_repo(
        "tests/fresh35",
        &[
            ("claim_f1", 0.97),
            ("attribution", 0.94),
            ("counterclaim_f1", 0.75),
            ("counterclaim_link", 0.54),
        ],
    );
}

/// A thirty-sixth set written blind (tests/fresh36/README.md): food,
/// farming, animal welfare and consumer safety, with many answers to
/// answers; first measured blind at 0.954 / 0.922 / 0.726 / 0.415.
#[test]
fn fresh36() {
    gate_in_repo(
        "tests/fresh36",
        &[
            ("claim_f1", 0.94),
            ("attribution", 0.90),
            ("counterclaim_f1", 0.70),
            ("counterclaim_link", 0.39),
        ],
    );
}

/// A thirty-seventh set written blind (tests/fresh37/README.md):
/// immigration, borders, asylum and citizenship, in British, American,
/// Canadian and Irish styles; first measured blind at 0.979 / 0.957 /
/// 0.648 / 0.543.
#[test]
fn fresh37() {
    gate_in_repo(
        "tests/fresh37",
        &[
            ("claim_f1", 0.96),
            ("attribution", 0.93),
            ("counterclaim_f1", 0.62),
            ("counterclaim_link", 0.51),
        ],
    );
}

/// A thirty-eighth set written blind (tests/fresh38/README.md): defence,
/// the military, veterans and national security, with many answers to
/// answers; first measured blind at 0.992 / 0.969 / 0.687 / 0.489.
#[test]
fn fresh38() {
    gate_in_repo(
        "tests/fresh38",
        &[
            ("claim_f1", 0.97),
            ("attribution", 0.94),
            ("counterclaim_f1", 0.66),
            ("counterclaim_link", 0.46),
        ],
    );
}

/// A thirty-ninth set written blind (tests/fresh39/README.md): charities,
/// religion, community groups and social affairs, in British, American,
/// Australian, South African, Canadian and Indian styles; first measured
/// blind at 0.987 / 0.932 / 0.660 / 0.559.
#[test]
fn fresh39() {
    gate_in_repo(
        "tests/fresh39",
        &[
            ("claim_f1", 0.96),
            ("attribution", 0.90),
            ("counterclaim_f1", 0.63),
            ("counterclaim_link", 0.52),
        ],
    );
}

/// A fortieth set written blind (tests/fresh40/README.md): elections,
/// campaigns, polling and disputed results, in British, Irish, American,
/// Australian and other styles; first measured blind at 0.966 / 0.974 /
/// 0.661 / 0.444.
#[test]
fn fresh40() {
    gate_in_repo(
        "tests/fresh40",
        &[
            ("claim_f1", 0.95),
            ("attribution", 0.95),
            ("counterclaim_f1", 0.63),
            ("counterclaim_link", 0.41),
        ],
    );
}

/// A forty-first set written blind (tests/fresh41/README.md): media,
/// broadcasting, press freedom and publishing, in British, American,
/// Canadian, Indian, Kenyan and Australian styles; first measured blind at
/// 0.953 / 0.955 / 0.641 / 0.576.
#[test]
fn fresh41() {
    gate_in_repo(
        "tests/fresh41",
        &[
            ("claim_f1", 0.94),
            ("attribution", 0.93),
            ("counterclaim_f1", 0.61),
            ("counterclaim_link", 0.57),
        ],
    );
}

/// A forty-second set written blind (tests/fresh42/README.md): health
/// services, hospitals, medicines and public health, in British, Irish,
/// American, Canadian, Australian, New Zealand, South African and Nigerian
/// styles; first measured blind at 0.975 / 0.991 / 0.740 / 0.676.
#[test]
fn fresh42() {
    gate_in_repo(
        "tests/fresh42",
        &[
            ("claim_f1", 0.96),
            ("attribution", 0.94),
            ("counterclaim_f1", 0.68),
            ("counterclaim_link", 0.63),
        ],
    );
}

#[test]
fn polnear_dev() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/polnear/dev");
    if !dir.is_dir() {
        println!("skipped: ../shared/polnear/dev not found");
        return;
    }
    gate(
        "../shared/polnear/dev",
        &measure(&dir),
        // Issue #2's target, claim F1 >= 0.70; measured 0.704 (recall 0.59,
        // precision 0.88) in PolNeAR's conventions, broken quotes joined and
        // wide attributions marked as its gold marks them (0.63 in
        // ANNOTATION.md's; see README "Accuracy"). Attribution is held at
        // its measured level, above the target's 0.85.
        &[("claim_f1", 0.70), ("attribution", 0.92)],
    );
}
