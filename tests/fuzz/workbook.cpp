// Fuzzing the workbook reader and importer with any bytes, as the bytes of an .xlsx
// file (the zip container, its directory and compressed members included); what is
// done with them and held is in workbook.hpp.
#include "workbook.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    irm::fuzz::questionnaires();
    irm::fuzz::workbook_file();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    irm::fuzz::check_workbook(irm::fuzz::input(data, size));
    return 0;
}
