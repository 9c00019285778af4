//! The README keeps its promises about the repository: the commands it gives
//! exist, `.ci/run` runs the test command it names, and its browser section
//! is `docs/browser.md` word for word (the browser code's own copy), so the
//! two cannot drift apart, and the count of rule cases it gives is the
//! count in `tests/rules/cases.json`.

use std::path::Path;

fn read(rel: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {rel}: {e}"))
}

#[test]
fn browser_section_is_docs_browser_md() {
    let readme = read("README.md");
    let browser = read("docs/browser.md");
    assert!(
        readme.contains(browser.trim()),
        "README.md no longer holds docs/browser.md word for word: copy docs/browser.md \
         over README.md's \"## In the browser\" section"
    );
}

#[test]
fn test_command_and_ci() {
    let readme = read("README.md");
    assert!(
        readme.contains("\nscripts/test.sh"),
        "README names scripts/test.sh"
    );
    let ci = read(".ci/run");
    assert!(
        ci.lines()
            .any(|l| l.trim_start().starts_with("exec scripts/test.sh")),
        ".ci/run runs scripts/test.sh:\n{ci}"
    );
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for script in [".ci/run", "scripts/test.sh", "scripts/test-browser.sh"] {
        assert!(root.join(script).is_file(), "{script} exists");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(root.join(script))
                .unwrap()
                .permissions()
                .mode();
            assert!(mode & 0o111 != 0, "{script} is executable");
        }
    }
}

#[test]
fn quick_start_files_exist() {
    let readme = read("README.md");
    let run = "cargo run --release --bin claimlens -- annotate --pretty tests/corpus/seed-raisi-putin.json";
    assert!(readme.contains(run), "README's quick start: {run}");
    assert!(Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus/seed-raisi-putin.json")
        .is_file());
}

#[test]
fn rule_case_count() {
    let readme = read("README.md");
    let marker = "`tests/rules/cases.json` (";
    let at = readme
        .find(marker)
        .unwrap_or_else(|| panic!("README names the rule cases as {marker}N cases)"))
        + marker.len();
    let stated: usize = readme[at..]
        .split(|c: char| !c.is_ascii_digit())
        .next()
        .and_then(|n| n.parse().ok())
        .expect("a number after the marker");
    let cases: Vec<serde_json::Value> =
        serde_json::from_str(&read("tests/rules/cases.json")).expect("cases.json is a JSON array");
    assert_eq!(
        stated,
        cases.len(),
        "README says {stated} rule cases; tests/rules/cases.json holds {}: update README.md",
        cases.len()
    );
}
