use super::*;

fn jan(step: Step, serials: &[&str]) -> Entry {
    Entry::new(
        "https://mfa.example.org",
        "staff",
        "jan",
        step,
        serials.iter().map(|s| s.to_string()).collect(),
    )
}

fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn an_entry_is_recorded_replaced_and_removed() {
    let home = tempfile::tempdir().unwrap();
    let journal = Journal::at(home.path().join("unfinished"));
    assert_eq!(journal.unfinished(), Unfinished::default(), "no folder yet");

    journal.record(&jan(Step::Scan, &["TOTP0001"])).unwrap();
    journal
        .record(&jan(Step::Sms, &["TOTP0001", "PISM0002"]))
        .unwrap();
    let found = journal.unfinished();
    assert_eq!(found.entries, [jan(Step::Sms, &["TOTP0001", "PISM0002"])]);
    assert!(found.problems.is_empty());
    // One file, no temporary left, no user name in its name.
    let names = files(journal.dir().unwrap());
    assert_eq!(names.len(), 1, "{names:?}");
    assert!(names[0].ends_with(".json") && !names[0].contains("jan"));

    journal
        .remove("https://mfa.example.org", "staff", "jan")
        .unwrap();
    assert_eq!(journal.unfinished(), Unfinished::default());
    // Removing what is not there is fine.
    journal
        .remove("https://mfa.example.org", "staff", "jan")
        .unwrap();
}

#[test]
fn people_and_servers_have_their_own_entries() {
    let home = tempfile::tempdir().unwrap();
    let journal = Journal::at(home.path());
    let piet = Entry::new(
        "https://mfa.example.org",
        "staff",
        "piet",
        Step::Scan,
        vec![],
    );
    let elsewhere = Entry::new("https://other.example", "staff", "jan", Step::Scan, vec![]);
    for entry in [&jan(Step::Approve, &["PIPU1"]), &piet, &elsewhere] {
        journal.record(entry).unwrap();
    }
    assert_eq!(journal.unfinished().entries.len(), 3);
    journal
        .remove("https://mfa.example.org", "staff", "jan")
        .unwrap();
    let left = journal.unfinished().entries;
    assert!(left.contains(&piet) && left.contains(&elsewhere) && left.len() == 2);
    assert_eq!(
        journal
            .entry("https://mfa.example.org", "staff", "piet")
            .unwrap(),
        Some(piet)
    );
    assert_eq!(
        journal
            .entry("https://mfa.example.org", "staff", "jan")
            .unwrap(),
        None
    );
}

#[test]
fn the_file_holds_identifiers_only_and_is_private() {
    let home = tempfile::tempdir().unwrap();
    let journal = Journal::at(home.path());
    journal.record(&jan(Step::Scan, &["TOTP0001"])).unwrap();
    let path = home.path().join(&files(home.path())[0]);
    let value: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let mut keys: Vec<&String> = value.as_object().unwrap().keys().collect();
    keys.sort();
    assert_eq!(
        keys,
        ["realm", "serials", "server", "step", "user", "version"]
    );
    assert_eq!(value["step"], "scan");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn corrupt_and_foreign_files_are_told_apart_and_block_nothing() {
    let home = tempfile::tempdir().unwrap();
    let journal = Journal::at(home.path());
    journal.record(&jan(Step::Scan, &["TOTP0001"])).unwrap();
    std::fs::write(
        home.path().join("0000000000000001.json"),
        b"{\"version\": 1, \"ser",
    )
    .unwrap();
    std::fs::write(
        home.path().join("0000000000000002.json"),
        br#"{"version": 2, "server": "x", "something": "new"}"#,
    )
    .unwrap();
    std::fs::write(
        home.path().join("0000000000000003.json"),
        br#"{"server": "x"}"#,
    )
    .unwrap();
    // A temporary file left by a kill mid-write is not an entry.
    std::fs::write(home.path().join("0000000000000004.json.77.tmp"), b"{").unwrap();
    let found = journal.unfinished();
    assert_eq!(found.entries, [jan(Step::Scan, &["TOTP0001"])]);
    assert!(
        matches!(&found.problems[..], [
            JournalError::Corrupt { path: a, .. },
            JournalError::OtherVersion { version: 2, .. },
            JournalError::Corrupt { detail, .. },
        ] if a.ends_with("0000000000000001.json") && detail == "no version"),
        "{:?}",
        found.problems
    );
}

#[test]
fn an_unwritable_folder_is_an_error_to_show_not_a_stop() {
    let home = tempfile::tempdir().unwrap();
    // A file where the folder should be: refused even to root.
    let blocked = home.path().join("blocked");
    std::fs::write(&blocked, b"").unwrap();
    let journal = Journal::at(blocked.join("unfinished"));
    let error = journal.record(&jan(Step::Scan, &[])).unwrap_err();
    assert!(matches!(&error, JournalError::Unwritable { path, .. } if path.contains("blocked")));
    assert_eq!(journal.problem(), Some(error));
    // Reading says so too, where the system tells a file in the way
    // (Linux: "not a directory"); Windows says the path is not there,
    // which is read as no journal yet.
    let expected = if cfg!(windows) { 0 } else { 1 };
    assert_eq!(
        journal.unfinished().problems.len(),
        expected,
        "reading says so too"
    );

    let fine = Journal::at(home.path().join("fine"));
    fine.record(&jan(Step::Scan, &[])).unwrap();
    assert_eq!(fine.problem(), None);
}

#[test]
fn without_a_data_directory_nothing_is_kept_and_that_is_said() {
    let journal = Journal::new(None);
    assert_eq!(
        journal.record(&jan(Step::Scan, &[])),
        Err(JournalError::NoPlace)
    );
    assert_eq!(journal.unfinished().problems, [JournalError::NoPlace]);
}

#[test]
fn file_names_are_stable_across_builds() {
    // FNV-1a's published test vector: a rename here would orphan journals.
    assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
}
