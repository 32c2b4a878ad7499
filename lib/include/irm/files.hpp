// base/: reading inputs and writing outputs safely, and telling files by the
// ending of their names.
#pragma once

#include <irm/result.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace irm::files {

/// Largest input file read, so that a stray huge file cannot exhaust memory.
constexpr std::size_t max_input_bytes = 64u * 1024u * 1024u;

/// Reads a whole file (at most max_input_bytes); the failure says why it could
/// not be read (e.g. "No such file or directory").
[[nodiscard]] Result<std::string> read(const std::string& path);

/// Writes a file whole or not at all: a temporary file beside it, then a rename.
[[nodiscard]] Done write_atomically(const std::string& path, const std::string& bytes);

/// Whether a path's name ends with `extension` (".xlsx"), whatever the case of
/// either: the one test of a file's kind by its name.
bool has_extension(std::string_view path, std::string_view extension);

/// A path to remove if the process is stopped by SIGINT, SIGTERM or SIGHUP
/// while it is held: the temporary file (or directory) of an output being
/// written, so that an interrupted command leaves nothing behind. Holding costs
/// nothing unless a signal comes; at most `max_pending` paths are held at once
/// (beyond that a path is simply not removed on a signal).
class PendingPath {
public:
    static constexpr std::size_t max_pending = 256;

    explicit PendingPath(std::string path);
    ~PendingPath();
    PendingPath(const PendingPath&) = delete;
    PendingPath& operator=(const PendingPath&) = delete;

    const std::string& path() const { return path_; }

private:
    std::string path_;
    std::size_t slot_;
};

/// Installs the handlers of SIGINT, SIGTERM and SIGHUP that remove every
/// pending path (files first, then directories) and then stop the process as
/// the signal would have. A signal the caller's parent ignores stays ignored.
void remove_pending_paths_on_signal();

/// An output written by a library that insists on a file name (libxlsxwriter):
/// it writes to a temporary file beside the target, and `commit` renames it
/// into place; without a commit the temporary file is removed, and it is
/// removed as well when a signal stops the process (PendingPath).
class TemporaryOutput {
public:
    explicit TemporaryOutput(std::string target);
    ~TemporaryOutput();
    TemporaryOutput(const TemporaryOutput&) = delete;
    TemporaryOutput& operator=(const TemporaryOutput&) = delete;

    /// Where to write meanwhile.
    const std::string& path() const { return temporary_.path(); }
    /// Moves the finished file into place.
    [[nodiscard]] Done commit();

private:
    std::string target_;
    PendingPath temporary_;
    bool committed_ = false;
};

/// Whether two paths name the same existing file (to refuse overwriting an input).
bool same_file(const std::string& a, const std::string& b);

/// The files under a directory whose names end with one of `extensions` (any
/// case), recursively, sorted by path; symbolic links to directories are not followed.
/// `skipped`, when given, counts the other regular files met (lock files of office suites,
/// `~$book.xlsx` and `.~lock.book.ods#`, among them: they are never read).
std::vector<std::string> find(const std::string& directory, const std::vector<std::string>& extensions,
                              std::size_t* skipped = nullptr);

/// Whether a file name is the lock file an office suite keeps beside an open document:
/// `~$book.xlsx` (Excel), `.~lock.book.ods#` (LibreOffice).
bool is_lock_file(const std::string& path);

/// Files directly in a directory (not recursive) with one of `extensions` (any case), sorted.
std::vector<std::string> list(const std::string& directory, const std::vector<std::string>& extensions);

}  // namespace irm::files
