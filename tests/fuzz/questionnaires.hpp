// The questionnaires the harnesses check against, opened once: the shipped ones, and the small
// questionnaire of the tests (tests/data/questionnaires/mini.yaml), whose responses and workbooks
// are small seeds that libFuzzer mutates quickly.
#pragma once

#include "fuzz.hpp"

#include <irm/registry.hpp>

#include <memory>
#include <utility>

#ifndef IRM_SOURCE_DIR
#error "IRM_SOURCE_DIR names the source tree, where the test questionnaire and the examples are"
#endif

namespace irm::fuzz {

inline const Registry& questionnaires() {
    static const std::unique_ptr<Registry> registry = [] {
        auto opened = Registry::open(Registry::Sources{{IRM_SOURCE_DIR "/tests/data/questionnaires"}, true});
        IRM_FUZZ_CHECK(opened.ok(), "the questionnaires open");
        IRM_FUZZ_CHECK((*opened)->find("mini", "1") != nullptr, "the test questionnaire loads");
        IRM_FUZZ_CHECK((*opened)->all().size() > 1, "questionnaires are shipped");
        return std::move(*opened);
    }();
    return *registry;
}

}  // namespace irm::fuzz
