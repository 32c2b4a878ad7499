// base/: the message catalogue of the reviewer drafts: every fixed heading and every
// sentence the drafts generate, in English and French, in one place.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace irm {

/// A fixed text or sentence pattern of the drafts; patterns hold `{name}` placeholders.
enum class Message {
    // Titles and the title block
    ObservationsTitle,
    SummaryTitle,
    DraftNotice,
    StateUnderReview,
    Instrument,
    Cluster,
    Questionnaire,
    QuestionnaireVersion,
    ReviewingStates,
    ToBeNamed,
    DraftDate,
    ResponseReceived,
    DialogueDate,
    ResponseStatus,
    ResponseLanguage,
    NotStated,
    StatusFinal,
    StatusDraft,
    FieldLabel,
    // Instruments and clusters
    InstrumentUntoc,
    InstrumentTip,
    InstrumentSom,
    InstrumentFir,
    Cluster1,
    Cluster2,
    Cluster3,
    Cluster4,
    // Languages of the answers
    LanguageAr,
    LanguageEn,
    LanguageEs,
    LanguageFr,
    LanguageRu,
    LanguageZh,
    // Headings of an article
    ProvisionsReviewed,
    Reported,
    PointsForDialogue,
    Successes,
    Challenges,
    Suggestions,
    TaNeeds,
    OtherInformation,
    ProvisionHeading,
    // What the State reported
    ProvisionsCovered,
    ProvisionsNotApplicable,
    ArticleNotApplicable,
    Answer,
    NoAnswer,
    NotApplicable,
    Malformed,
    LegislationCited,
    WhatIsMissing,
    TaNone,
    TaStated,
    TaUnanswered,
    TaFromNotes,
    TaNotDescribed,
    TaNeed,
    TaNeedNoPriority,
    PriorityHigh,
    PriorityMedium,
    PriorityLow,
    // Placeholders where there is nothing yet
    ToBeCompleted,
    NoPoints,
    NothingYet,
    // Notes of the reviewing States
    ReviewersComment,
    SummaryArticle,
    SummarySuggestion,
    // Rules: points for the dialogue and successes drawn from the answers
    RuleNoAnswer,
    RuleAnsweredNo,
    RuleNoWithoutExplanation,
    RuleAnsweredInPart,
    RuleInPartWithoutExplanation,
    RuleYesWithoutLegislation,
    RuleCitationWithoutLink,
    RuleNoExamples,
    RuleNoStatistics,
    RuleStatisticsColumnEmpty,
    RuleUnansweredRequired,
    RuleWarning,
    RuleWarningRow,
    RuleAnswerNotApplicable,
    RuleWaivedWarning,
    CheckBrokenRule,
    CheckRow,
    CheckNotApplicable,
    RuleImplementedWithLegislation,
};

/// Every message, in catalogue order (for tests that check the catalogue is complete).
const std::vector<Message>& all_messages();

/// The languages the drafts are written in: "en" and "fr".
const std::vector<std::string>& draft_languages();

/// The catalogue key of a message, e.g. "rule.answered-no".
std::string_view message_key(Message id);

/// A message in a language ("fr" for French; any other reads as English).
std::string_view message(Message id, std::string_view language);

/// A message with its `{name}` placeholders filled in; unknown placeholders stay as written.
std::string message(Message id, std::string_view language,
                    const std::vector<std::pair<std::string_view, std::string>>& values);

/// Items joined as a list in prose: "a, b and c" in English, "a, b et c" in French.
std::string join_in_prose(const std::vector<std::string>& items, std::string_view language);

/// A text quoted as the language quotes: “text” in English, « text » in French.
std::string quoted_in(std::string_view text, std::string_view language);

}  // namespace irm
