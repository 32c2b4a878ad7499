// io/: reading zip archives (the container of .xlsx workbooks) with limits, so
// that a damaged or hostile file is refused instead of exhausting memory.
#pragma once

#include <irm/result.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace irm::zip {

/// What an archive may hold before it is refused as a zip bomb or a stray file.
struct Limits {
    std::size_t max_entries = 10'000;                    ///< files and folders in the archive
    std::size_t max_entry_bytes = 64u * 1024u * 1024u;   ///< one member, decompressed
    std::size_t max_total_bytes = 256u * 1024u * 1024u;  ///< every member read, decompressed, together
};

/// A zip archive held in memory, opened for reading members by name.
class Archive {
public:
    /// Opens an archive from its bytes; fails when it is not a zip archive, is
    /// damaged, or has more entries than the limits allow.
    [[nodiscard]] static Result<std::unique_ptr<Archive>> open(std::string bytes, const Limits& limits = {});
    ~Archive();
    Archive(const Archive&) = delete;
    Archive& operator=(const Archive&) = delete;

    /// Whether a member of that name exists.
    bool contains(const std::string& name) const;
    /// The decompressed bytes of a member; fails when it is missing, damaged,
    /// or larger than the limits allow (counted while decompressing, whatever
    /// the archive claims).
    [[nodiscard]] Result<std::string> read(const std::string& name);
    /// The names of every member, in archive order.
    std::vector<std::string> names() const;

private:
    Archive() = default;
    struct Handle;
    std::string bytes_;
    std::unique_ptr<Handle> handle_;
    Limits limits_;
    std::size_t total_read_ = 0;
};

}  // namespace irm::zip
