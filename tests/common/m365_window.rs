//! The Microsoft 365 route in a real window, what its walks share: the
//! real binary against the harness (its config file, the test's browser as
//! `$BROWSER`), and the words tesseract reads. Declared beside `mod m365`,
//! `mod reading` and `mod x11`.

#![allow(dead_code)]

use std::path::Path;

use crate::m365::Harness;
use crate::reading::ocr;
use crate::x11::{Launch, Session};

/// All the words tesseract reads on a screenshot, in one line.
pub fn words(path: &Path) -> String {
    ocr(path, 200)
        .into_iter()
        .map(|w| w.text)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The assistant against `harness`, as IT configures it, with the test's
/// browser as `$BROWSER`; `texts`: more lines of `[microsoft365]`; a route
/// of `total` screens.
pub fn start_with(
    harness: &Harness,
    lang: &str,
    folder: &str,
    texts: &str,
    total: usize,
) -> (Session, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    let config = dir.path().join("config.toml");
    let text = format!(
        "provider = \"microsoft365\"\n[microsoft365]\ntenant = \"{}\"\nclient_id = \"{}\"\n\
         authority = \"{}\"\ngraph = \"{}\"\n{texts}",
        harness.tenant, harness.client_id, harness.authority, harness.graph
    );
    std::fs::write(&config, text).unwrap();
    let browser = harness.browser_command();
    let mut launch = Launch::new(
        lang,
        &[
            "--provider",
            "microsoft365",
            "--config",
            config.to_str().unwrap(),
        ],
        &home,
        folder,
    );
    launch.total = total;
    launch.env.push(("BROWSER".to_owned(), browser));
    let session = Session::launch(launch);
    (session, dir)
}
