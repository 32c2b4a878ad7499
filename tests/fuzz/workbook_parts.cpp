// Fuzzing the workbook reader and importer through the XML of a workbook's parts:
// the input is a list of members, each a line `--- NAME` and the member's bytes up
// to the next such line, zipped here (stored, so a mutation is never a checksum
// error) before it is read as an .xlsx file; what is done with it and held is in
// workbook.hpp. tests/fuzz/make_seeds.py writes workbooks irm made in this form.
#include "workbook.hpp"

#include <zip.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

/// The members an input lists: `--- NAME` at the start of a line names the member the bytes after
/// it are, up to the line break before the next such line.
std::vector<std::pair<std::string, std::string>> members(std::string_view input) {
    constexpr std::string_view mark = "--- ";
    std::vector<std::size_t> headers;
    if (input.substr(0, mark.size()) == mark) headers.push_back(0);
    for (std::size_t at = input.find("\n--- "); at != std::string_view::npos;
         at = input.find("\n--- ", at + 1))
        headers.push_back(at + 1);
    std::vector<std::pair<std::string, std::string>> out;
    for (std::size_t i = 0; i < headers.size(); ++i) {
        const std::size_t start = headers[i] + mark.size();
        const std::size_t end = i + 1 < headers.size() ? headers[i + 1] - 1 : input.size();
        const std::size_t line_end = std::min(input.find('\n', start), end);
        const std::size_t body = std::min(line_end + 1, end);
        out.emplace_back(std::string(input.substr(start, line_end - start)),
                         std::string(input.substr(body, end - body)));
    }
    return out;
}

/// The members zipped, stored without compression.
std::string zipped(const std::vector<std::pair<std::string, std::string>>& members) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(nullptr, 0, 0, &error);
    IRM_FUZZ_CHECK(source != nullptr, "libzip makes a buffer");
    zip_t* archive = zip_open_from_source(source, ZIP_TRUNCATE, &error);
    IRM_FUZZ_CHECK(archive != nullptr, "libzip opens a buffer to write");
    zip_source_keep(source);
    for (const auto& [name, bytes] : members) {
        if (name.empty()) continue;
        zip_source_t* member = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
        IRM_FUZZ_CHECK(member != nullptr, "libzip takes a member");
        const zip_int64_t index =
            zip_file_add(archive, name.c_str(), member, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(member);  // a name libzip refuses
            continue;
        }
        zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
    }
    IRM_FUZZ_CHECK(zip_close(archive) == 0, "libzip writes the archive");
    std::string out;
    if (zip_source_open(source) == 0) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_source_stat(source, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE)) {
            out.resize(static_cast<std::size_t>(stat.size));
            const zip_int64_t read = zip_source_read(source, out.data(), stat.size);
            IRM_FUZZ_CHECK(read == static_cast<zip_int64_t>(stat.size), "libzip gives the archive back");
        }
        zip_source_close(source);
    }
    zip_source_free(source);
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    irm::fuzz::questionnaires();
    irm::fuzz::workbook_file();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string input = irm::fuzz::input(data, size);
    irm::fuzz::check_workbook(zipped(members(input)));
    return 0;
}
