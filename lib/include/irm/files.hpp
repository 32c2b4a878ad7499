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

/// An output written by a library that insists on a file name (libxlsxwriter):
/// it writes to a temporary file beside the target, and `commit` renames it
/// into place; without a commit the temporary file is removed.
class TemporaryOutput {
public:
    explicit TemporaryOutput(std::string target);
    ~TemporaryOutput();
    TemporaryOutput(const TemporaryOutput&) = delete;
    TemporaryOutput& operator=(const TemporaryOutput&) = delete;

    /// Where to write meanwhile.
    const std::string& path() const { return temporary_; }
    /// Moves the finished file into place.
    [[nodiscard]] Done commit();

private:
    std::string target_, temporary_;
    bool committed_ = false;
};

/// Whether two paths name the same existing file (to refuse overwriting an input).
bool same_file(const std::string& a, const std::string& b);

/// The files under a directory whose names end with one of `extensions` (any
/// case), recursively, sorted by path; symbolic links to directories are not followed.
std::vector<std::string> find(const std::string& directory, const std::vector<std::string>& extensions);

/// Files directly in a directory (not recursive) with one of `extensions` (any case), sorted.
std::vector<std::string> list(const std::string& directory, const std::vector<std::string>& extensions);

}  // namespace irm::files
