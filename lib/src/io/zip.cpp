#include <irm/zip.hpp>

#include <zip.h>

namespace irm::zip {

struct Archive::Handle {
    zip_t* archive = nullptr;
    ~Handle() {
        if (archive) zip_discard(archive);
    }
};

namespace {

std::string describe(zip_error_t& error) {
    std::string text = zip_error_strerror(&error);
    zip_error_fini(&error);
    return text;
}

/// A limit as a person reads it: whole MiB where it is one, else bytes.
std::string size_text(std::size_t bytes) {
    constexpr std::size_t mebibyte = 1024u * 1024u;
    if (bytes >= mebibyte && bytes % mebibyte == 0) return std::to_string(bytes / mebibyte) + " MiB";
    return std::to_string(bytes) + " bytes";
}

}  // namespace

Archive::~Archive() = default;

Result<std::unique_ptr<Archive>> Archive::open(std::string bytes, const Limits& limits) {
    std::unique_ptr<Archive> archive(new Archive);
    archive->bytes_ = std::move(bytes);
    archive->limits_ = limits;
    archive->handle_ = std::make_unique<Handle>();

    zip_error_t zip_error;
    zip_error_init(&zip_error);
    zip_source_t* source =
        zip_source_buffer_create(archive->bytes_.data(), archive->bytes_.size(), 0, &zip_error);
    if (!source) return fail("cannot read the archive: " + describe(zip_error));
    archive->handle_->archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &zip_error);
    if (!archive->handle_->archive) {
        zip_source_free(source);
        const int code = zip_error_code_zip(&zip_error);
        return fail(code == ZIP_ER_NOZIP ? "not a zip archive"
                                         : "damaged zip archive: " + describe(zip_error));
    }
    zip_error_fini(&zip_error);
    const zip_int64_t entries = zip_get_num_entries(archive->handle_->archive, 0);
    if (entries < 0 || static_cast<std::uint64_t>(entries) > limits.max_entries)
        return fail("the archive has " + std::to_string(entries) + " entries, more than the " +
                    std::to_string(limits.max_entries) + " a workbook may have");
    return archive;
}

bool Archive::contains(const std::string& name) const {
    return zip_name_locate(handle_->archive, name.c_str(), 0) >= 0;
}

Result<std::string> Archive::read(const std::string& name) {
    const zip_int64_t index = zip_name_locate(handle_->archive, name.c_str(), 0);
    if (index < 0) return fail("the archive has no member '" + name + "'");
    zip_file_t* file = zip_fopen_index(handle_->archive, static_cast<zip_uint64_t>(index), 0);
    if (!file) return fail("cannot open '" + name + "': " + zip_strerror(handle_->archive));
    // The size in the directory may lie: count what decompression really yields.
    std::string out;
    char buffer[64 * 1024];
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
        if (n < 0) {
            std::string error = "damaged member '" + name + "': " + zip_file_strerror(file);
            zip_fclose(file);
            return fail(std::move(error));
        }
        if (n == 0) break;
        const auto count = static_cast<std::size_t>(n);
        if (out.size() + count > limits_.max_entry_bytes) {
            zip_fclose(file);
            return fail("member '" + name + "' decompresses to more than " + size_text(limits_.max_entry_bytes) +
                        ", the most one member may hold (a zip bomb?)");
        }
        if (total_read_ + count > limits_.max_total_bytes) {
            zip_fclose(file);
            return fail("the members read, up to '" + name + "', decompress to more than " +
                        size_text(limits_.max_total_bytes) + " together, the most an archive may hold (a zip bomb?)");
        }
        out.append(buffer, count);
        total_read_ += count;
    }
    if (zip_fclose(file) != 0) return fail("damaged member '" + name + "' (checksum mismatch)");
    return out;
}

std::vector<std::string> Archive::names() const {
    std::vector<std::string> out;
    const zip_int64_t entries = zip_get_num_entries(handle_->archive, 0);
    for (zip_int64_t i = 0; i < entries; ++i)
        if (const char* n = zip_get_name(handle_->archive, static_cast<zip_uint64_t>(i), 0))
            out.emplace_back(n);
    return out;
}

}  // namespace irm::zip
