//! Files and folders only the user running the assistant can read: the
//! crash journal (it names a person and a server), the trainer's room and
//! its reports (people's results at work). One helper for all three, so the
//! modes cannot drift apart.
//!
//! On Unix: folders 0700, files 0600. On Windows a new file takes the ACL
//! of its folder; the per-user data folder (`%APPDATA%`) is the user's own,
//! and that ACL is what protects the data there (docs/training-room.md).

use std::path::Path;

/// What [`dir`] found about a folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Folder {
    /// Made here, for the owner only.
    Made,
    /// It was there, and only its owner can read it (or this platform has
    /// no mode bits to tell).
    Private,
    /// It was there and others can read or enter it: left as it is (it
    /// may be shared on purpose), and the caller says so.
    OpenToOthers,
}

/// Creates `path` (and its parents) for the owner only; a folder that
/// exists is never changed, only looked at.
pub fn dir(path: &Path) -> std::io::Result<Folder> {
    if path.is_dir() {
        return Ok(if open_to_others(path)? {
            Folder::OpenToOthers
        } else {
            Folder::Private
        });
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(path)?;
    Ok(Folder::Made)
}

/// Opens `path` for writing, created for the owner only (truncated if it
/// exists); an existing file is tightened too.
pub fn file(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options.open(path)?;
    tighten_open(&file)?;
    Ok(file)
}

/// Creates `path`, which must not exist yet, for the owner only.
pub fn new_file(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

/// Makes an existing file the owner's only (older versions left some at
/// 0644); a file that is not there is fine.
pub fn tighten(path: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        match std::fs::metadata(path) {
            Ok(meta) if meta.permissions().mode() & 0o077 != 0 => {
                std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
            }
            Ok(_) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(e),
        }
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        Ok(())
    }
}

fn tighten_open(file: &std::fs::File) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if file.metadata()?.permissions().mode() & 0o077 != 0 {
            file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        }
    }
    #[cfg(not(unix))]
    let _ = file;
    Ok(())
}

/// Whether others than the owner may read or enter the folder.
fn open_to_others(path: &Path) -> std::io::Result<bool> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        Ok(std::fs::metadata(path)?.permissions().mode() & 0o077 != 0)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        Ok(false)
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn made_private_and_old_files_tightened_but_given_folders_left_alone() {
        let temp = tempfile::tempdir().unwrap();
        let made = temp.path().join("a/b");
        assert_eq!(dir(&made).unwrap(), Folder::Made);
        assert_eq!(mode(&made), 0o700);
        assert_eq!(dir(&made).unwrap(), Folder::Private);
        let f = made.join("f");
        file(&f).unwrap();
        assert_eq!(mode(&f), 0o600);
        std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o644)).unwrap();
        tighten(&f).unwrap();
        assert_eq!(mode(&f), 0o600);
        tighten(&made.join("absent")).unwrap();
        std::fs::set_permissions(temp.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        assert_eq!(dir(temp.path()).unwrap(), Folder::OpenToOthers);
        assert_eq!(mode(temp.path()), 0o755);
        assert!(new_file(&f).is_err());
    }
}
