// Fuzzing the questionnaire loader (check/, `irm lint`): any bytes, loaded as a
// questionnaire file. Holds the findings to their invariants (IRM001, IRM004 and
// the questionnaire codes IRM1xx only); a questionnaire that loads has no error, a consistent model,
// and a YAML template (`irm template --format yaml`) that reads back as a response.
#include "findings.hpp"

#include <irm/questionnaire_loader.hpp>
#include <irm/template.hpp>
#include <irm/yaml.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_set>

namespace {

void check_model(const irm::Questionnaire& q) {
    IRM_FUZZ_CHECK(!q.id.empty() && !q.version.empty() && !q.languages.empty(),
                   "a questionnaire that loads has an id, a version and a language");
    std::unordered_set<std::string> ids;
    std::size_t next = 0;
    for (const irm::Section& section : q.sections) {
        IRM_FUZZ_CHECK(section.first == next, "sections hold the questions in order");
        next = section.first + section.count;
    }
    IRM_FUZZ_CHECK(next == q.questions.size(), "the sections hold every question");
    for (const irm::Question& question : q.questions) {
        IRM_FUZZ_CHECK(ids.insert(question.id).second, "question ids are distinct");
        IRM_FUZZ_CHECK(q.find(question.id) == &question, "a question is found by its id");
        IRM_FUZZ_CHECK(question.section < q.sections.size(), "a question is in a section");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string file = "questionnaire.yaml";
    const irm::yaml::Document doc = irm::yaml::Document::parse(irm::fuzz::input(data, size));
    const irm::LoadedQuestionnaire loaded = irm::load_questionnaire(doc, file);
    const irm::fuzz::Lines lines(doc.source());
    irm::fuzz::check_findings(loaded.findings, {file, {"IRM001", "IRM004", "IRM1xx"}, &lines, true});
    if (!loaded.questionnaire) {
        IRM_FUZZ_CHECK(irm::fuzz::count(loaded.findings, irm::Severity::Error) > 0,
                       "a questionnaire is refused for an error");
        return 0;
    }
    IRM_FUZZ_CHECK(irm::fuzz::count(loaded.findings, irm::Severity::Error) == 0,
                   "a questionnaire with an error is refused");
    const irm::Questionnaire& q = *loaded.questionnaire;
    check_model(q);

    // The template names the questionnaire and every question, and is a response irm reads.
    irm::TemplateOptions options;
    options.language = q.languages.front();
    const irm::Result<std::string> written = irm::yaml_template(q, options);
    if (!written) return 0;
    const irm::yaml::Document back = irm::yaml::Document::parse(*written);
    if (back.error())
        std::fprintf(stderr, "template:\n%s\nrefused at %d:%d: %s\n", written->c_str(),
                     back.error()->position.line, back.error()->position.column,
                     back.error()->message.c_str());
    IRM_FUZZ_CHECK(!back.error() && back.root() && back.root()->is_map(), "the YAML template is YAML");
    const irm::yaml::Node* answers = back.root()->find("answers");
    IRM_FUZZ_CHECK(answers && answers->is_map(), "the YAML template has its answers");
    const irm::yaml::Node* id = back.root()->find("questionnaire");
    const irm::yaml::Node* version = back.root()->find("version");
    IRM_FUZZ_CHECK(id && id->is_scalar() && id->text == q.id, "the YAML template names its questionnaire");
    IRM_FUZZ_CHECK(version && version->is_scalar() && version->text == q.version,
                   "the YAML template names its questionnaire's version");
    for (const irm::Question& question : q.questions)
        if (question.type != irm::QuestionType::Note)
            IRM_FUZZ_CHECK(answers->find(question.id) != nullptr, "the YAML template has every question");
    return 0;
}
