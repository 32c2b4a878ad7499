// check/: where questionnaires come from: --questionnaires directories, then
// IRM_QUESTIONNAIRES, then the questionnaires shipped inside the toolkit.
#pragma once

#include <irm/diagnostic.hpp>
#include <irm/questionnaire.hpp>
#include <irm/result.hpp>

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace irm {

/// The questionnaires a run can validate against, first `id` + `version` found winning.
class Registry {
public:
    /// Where to look, in order.
    struct Sources {
        std::vector<std::string> directories;  ///< --questionnaires, then IRM_QUESTIONNAIRES
        bool shipped = true;                   ///< the questionnaires built into irm
        std::string language = "en";           ///< of the messages of the findings about them
    };

    /// Reads the directories; fails when one does not exist or cannot be read.
    [[nodiscard]] static Result<std::unique_ptr<Registry>> open(const Sources& sources);

    /// The directories named by IRM_QUESTIONNAIRES (colon-separated), if set.
    static std::vector<std::string> environment_directories();

    /// The usable questionnaire with that id and version, or nullptr.
    const Questionnaire* find(const std::string& id, const std::string& version) const;

    /// Whether some questionnaire (usable or not) has that id, in any version.
    bool has_id(const std::string& id) const;

    /// Why a questionnaire with that id and version was refused, if one was, in `language`.
    std::optional<std::string> refusal(const std::string& id, const std::string& version,
                                       std::string_view language = "en") const;

    /// Every usable questionnaire, in the order found (loads the shipped ones).
    std::vector<const Questionnaire*> all() const;

    /// One questionnaire file the registry sees, usable or not.
    struct Listed {
        std::string id, version;
        std::string file;                    ///< its path, or "(shipped) NAME" for a built-in one
        bool shipped = false;                ///< built into irm
        const Questionnaire* questionnaire;  ///< null when refused for its errors
        bool shadowed = false;               ///< an earlier source has the same id and version
    };
    /// Every questionnaire file in the order searched (loads the shipped ones).
    std::vector<Listed> listing() const;

    /// Findings of questionnaires that were refused because they have errors.
    std::vector<Diagnostic> problems() const;

private:
    struct Entry {
        std::string id, version, file;
        std::shared_ptr<const Questionnaire> questionnaire;  ///< null when refused
        std::vector<Diagnostic> findings;
    };
    std::optional<Entry> load_entry(const std::string& file, const std::string& bytes) const;
    /// Loads the shipped questionnaires not loaded yet: all, or those that look like id + version.
    void load_shipped(const std::string* id = nullptr, const std::string* version = nullptr) const;
    const Entry* lookup(const std::string& id, const std::string& version) const;

    mutable std::mutex mutex_;
    mutable std::vector<Entry> entries_;
    mutable std::vector<bool> shipped_loaded_;
    bool shipped_ = true;
    std::string language_ = "en";
};

/// The questionnaires compiled into irm: file name and YAML text.
struct ShippedQuestionnaire {
    const char* name;
    const char* text;
    unsigned long size;
};

/// Every shipped questionnaire.
const std::vector<ShippedQuestionnaire>& shipped_questionnaires();

}  // namespace irm
