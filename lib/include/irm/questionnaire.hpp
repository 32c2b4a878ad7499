// model/: the questionnaire model (docs/FORMATS.md section 1). Its loader, which is also
// `irm lint`, is in questionnaire_loader.hpp.
#pragma once

#include <irm/diagnostic.hpp>
#include <irm/expression.hpp>

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace irm {

/// A human-readable text in several languages (language code -> text).
struct Text {
    std::vector<std::pair<std::string, std::string>> translations;

    /// The text in `language`, else in the first language it has, else empty.
    const std::string& in(std::string_view language) const;
    /// Whether the text has no translation at all.
    bool empty() const { return translations.empty(); }
};

/// One allowed value of a choice question.
struct Choice {
    std::string value;
    Text label;
};

/// Question and column types.
enum class QuestionType {
    Note,
    Choice,
    MultiChoice,
    Text,
    Integer,
    Number,
    Date,
    Legislation,
    CourtCases,
    Table,
    TaNeeds
};

/// The name of a type as written in questionnaires ("multi_choice", ...).
std::string_view to_string(QuestionType type);
/// The type a name written in questionnaires stands for; nullopt for an unknown name.
std::optional<QuestionType> question_type(std::string_view name);
/// Whether an answer of the type is a list of maps (citations, court cases, rows, needs), which
/// expressions read as its number of items.
bool holds_items(QuestionType type);

/// How binding the provision a question asks about is (docs/FORMATS.md, *Obligations*).
enum class Obligation {
    Mandatory,    ///< "shall adopt": a No is a gap
    Alternative,  ///< one obligation met in more than one way: a gap only when no question of the group is
                  ///< met
    Consider,     ///< "shall consider": the State says whether it considered the measure
    Optional,     ///< "may": information only
    Savings       ///< a savings clause: information only
};

/// The name of a level as written in questionnaires ("consider", ...).
std::string_view to_string(Obligation obligation);
/// The level a name written in questionnaires stands for; nullopt for an unknown name.
std::optional<Obligation> obligation_level(std::string_view name);
/// Every level's name, in the order of the contract's table (for messages).
const std::vector<std::string>& obligation_names();

/// An expression as written in the questionnaire, parsed, with its place in the file.
struct Condition {
    std::string source;
    expr::Expr expr;
    Position position;  ///< the scalar that holds the expression
};

/// Limits that apply to a value: numeric or date bounds, lengths and counts.
struct Bounds {
    std::optional<double> min, max;                     ///< integer and number
    std::string min_text, max_text;                     ///< those bounds as written, for messages
    std::optional<std::string> min_date, max_date;      ///< date, as YYYY-MM-DD
    std::optional<std::size_t> min_length, max_length;  ///< text, in code points
    std::optional<std::size_t> min_count, max_count;    ///< selected values, items or rows
};

/// A column of a table question.
struct Column {
    std::string id;
    Text label;
    QuestionType type = QuestionType::Text;
    bool required = false;
    std::vector<Choice> choices;
    Bounds bounds;
};

/// One question of a questionnaire.
struct Question {
    std::string id;
    QuestionType type = QuestionType::Text;
    Text label, help, authority;
    Text short_label;  ///< a few words that name the question beside its provision (irm's extension)
    std::string provision;
    std::size_t section = 0;  ///< index into Questionnaire::sections
    Obligation obligation = Obligation::Mandatory;
    std::vector<std::string> alternatives;  ///< with Obligation::Alternative: the group's other questions

    bool required = false;                 ///< `required: true`
    std::optional<Condition> required_if;  ///< `required: <expression>`
    std::optional<Condition> show_if;
    std::optional<Condition> constraint;
    Text constraint_message;
    Severity constraint_severity = Severity::Error;

    std::vector<Choice> choices;  ///< choice and multi_choice, resolved from a list name
    Bounds bounds;

    std::vector<Column> columns;  ///< table
    std::optional<Condition> row_constraint;
    Text row_constraint_message;
    Severity row_constraint_severity = Severity::Error;

    Position position;  ///< the question's first key

    /// The choice of that value, or nullptr.
    const Choice* find_choice(std::string_view value) const;
    /// The column of that id, or nullptr.
    const Column* find_column(std::string_view id) const;
};

/// A section: the questions about one article.
struct Section {
    std::string id;
    Text title;
    std::string article;
    std::optional<Condition> show_if;
    std::size_t first = 0;  ///< index of its first question in Questionnaire::questions
    std::size_t count = 0;  ///< number of its questions
};

/// A questionnaire definition for one instrument and cluster.
struct Questionnaire {
    std::string id;
    std::string version;
    std::string instrument;
    int cluster = 0;
    std::vector<std::string> languages;  ///< the first is the source language
    Text title;
    std::map<std::string, std::vector<Choice>> choice_lists;
    std::vector<Section> sections;
    std::vector<Question> questions;  ///< every question, in document order
    std::string file;                 ///< where it was loaded from

    /// The question of that id, or nullptr.
    const Question* find(std::string_view id) const;
    /// Every question id, in document order (for suggestions).
    const std::vector<std::string>& ids() const { return ids_; }
    /// Whether the questionnaire offers that language.
    bool has_language(std::string_view language) const;

    /// Builds the id index; called once the questions are complete.
    void index();

private:
    std::unordered_map<std::string, std::size_t> by_id_;
    std::vector<std::string> ids_;
};

/// The regular expression-like checks of ids, shared with responses and notes.
bool is_question_id(std::string_view id);

/// Whether a question asks how far a provision is implemented: a `choice`
/// offering `yes`, `yes_in_part` and `no` (it may offer other values too).
/// Observations, aggregates and diffs read such answers on one scale.
bool is_requirement(const Question& question);
/// Whether a question asks how a provision is given effect: a requirement, a Yes / No choice
/// on a provision, or a choice question on a provision whose level is not `mandatory` (an alternative, a measure to
/// consider, an optional measure, a savings clause), whatever its answer list. Drafts
/// open a block with each, and templates and status say how binding it is.
bool is_provision_question(const Question& question);
/// Whether a No to the question can be a gap: a provision that is `mandatory` or
/// `alternative` (for an alternative, only when its whole group is unmet).
bool binds(const Question& question);
/// Whether the question binds and is read on the scale of requirement_rank: a requirement, or a
/// Yes / No choice on a provision (a Yes meets it, a No does not).
bool is_binding_requirement(const Question& question);
/// The question and the other questions of its alternative group, in document order;
/// only the question itself when it is not an alternative.
std::vector<const Question*> alternative_group(const Questionnaire& questionnaire, const Question& question);

/// A provision as a person reads it: "5(1)(a)(i)" is "article 5, paragraph 1 (a) (i)" in
/// English and "article 5, paragraphe 1 a) i)" in French, "2(a)" is "article 2 (a)"; a text
/// that is not written article(paragraph)(subparagraph)… is given back as it is.
std::string provision_in_words(std::string_view provision, std::string_view language);

/// The few words that name a question: its `short_label` in the language, else its label cut
/// short.
std::string short_label(const Question& question, std::string_view language);

/// How a message names a question for a person: its provision in words and short label, with
/// the id in brackets, "article 5, paragraph 1 (a) (i) — legislation cited [q5_1a_i_law]"; a
/// question without a provision is named by its short label and id.
std::string question_in_words(const Question& question, std::string_view language);
/// The provision a question is about: its own; else, for a question that follows from another
/// (the citations asked when article 2(a) is answered Yes), the provision of the first question
/// its condition names that has one; else its section's article ("5").
std::string effective_provision(const Questionnaire& questionnaire, const Question& question);

/// The same, a question without a provision named by its effective_provision()
/// ("article 2 (a) — legislation cited [q2_a_law]").
std::string question_in_words(const Questionnaire& questionnaire, const Question& question,
                              std::string_view language);
/// The same with the provision given: the question's own, or its section's article.
std::string question_in_words(const Question& question, std::string_view provision, std::string_view language);

/// The place of a requirement answer on the scale `no` (0) < `yes_in_part` (1)
/// < `yes` (2); -1 for any other value.
int requirement_rank(std::string_view value);

}  // namespace irm
