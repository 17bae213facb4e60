// The fake Moodle site. In this file, in order:
//   - the recorded site's function list (kFunctionList);
//   - Json: PHP's json_encode (and Moodle's REST XML), keys in order;
//   - FileData: a file's bytes, stored or generated on the fly from a seed;
//   - the site's records (Course, Section, Module, SiteFile, Sco, Track) and request Params;
//   - HTTP pieces: HttpRequest, Response (headers and body segments), RateLimiter;
//   - FakeMoodle::Private: the site's state and every answer (login/token.php,
//     webservice/rest/server.php and its functions, webservice/pluginfile.php), misbehaviour;
//   - FakeMoodle::Connection: one TCP connection, parsing and sending with backpressure;
//   - FakeMoodle's public functions; makeZip() and the minimal SCORM package.
// Where Moodle does something odd, the code says which Moodle function it copies.

#include "fakemoodle.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <type_traits>
#include <variant>
#include <vector>

using namespace Qt::StringLiterals;

namespace clikc::test {

namespace {

// What the recorded site says about itself.
constexpr qint64 kThemeRevision = 1795864244;
constexpr int kFileLifetime = 21600; // $CFG->filelifetime: resources are cached for 6 hours
constexpr int kFirstContextId = 12;

// How the server sends.
constexpr qint64 kHighWater = 256 * 1024; // bytes queued in a socket before waiting for it
constexpr qint64 kChunk = 64 * 1024;
constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qint64 kMaxBodyBytes = 16 * 1024 * 1024;

// site_info's `functions`: the mobile app service of the recorded site, in its order. A line
// "@version" gives the version of the names after it.
constexpr char kFunctionList[] = R"(
@2024042212.01
core_badges_get_user_badges
core_badges_get_user_badge_by_hash
core_blog_get_entries
core_blog_view_entries
core_blog_get_access_information
core_blog_add_entry
core_blog_delete_entry
core_blog_prepare_entry_for_edition
core_blog_update_entry
core_calendar_get_calendar_monthly_view
core_calendar_get_calendar_day_view
core_calendar_get_calendar_upcoming_view
core_calendar_update_event_start_day
core_calendar_create_calendar_events
core_calendar_delete_calendar_events
core_calendar_get_calendar_events
core_calendar_get_action_events_by_timesort
core_calendar_get_action_events_by_course
core_calendar_get_action_events_by_courses
core_calendar_get_calendar_event_by_id
core_calendar_submit_create_update_form
core_calendar_get_calendar_access_information
core_calendar_get_allowed_event_types
core_calendar_get_calendar_export_token
core_comment_get_comments
core_comment_add_comments
core_comment_delete_comments
core_completion_get_activities_completion_status
core_completion_get_course_completion_status
core_completion_mark_course_self_completed
core_completion_update_activity_completion_status_manually
core_course_get_categories
core_course_get_contents
core_course_get_course_module
core_course_get_course_module_by_instance
core_course_get_courses
core_course_search_courses
core_course_view_course
core_course_get_user_navigation_options
core_course_get_user_administration_options
core_course_get_courses_by_field
core_course_check_updates
core_course_get_updates_since
core_course_get_enrolled_courses_by_timeline_classification
core_course_get_enrolled_courses_with_action_events_by_timeline_classification
core_course_get_recent_courses
core_course_set_favourite_courses
core_enrol_get_course_enrolment_methods
core_enrol_get_enrolled_users
core_enrol_search_users
core_enrol_get_users_courses
core_files_get_files
core_files_delete_draft_files
core_files_get_unused_draft_itemid
core_get_component_strings
core_grades_grader_gradingpanel_point_fetch
core_grades_grader_gradingpanel_point_store
core_grades_grader_gradingpanel_scale_fetch
core_grades_grader_gradingpanel_scale_store
core_grades_get_enrolled_users_for_search_widget
core_grades_get_enrolled_users_for_selector
core_grades_get_groups_for_search_widget
core_grades_get_groups_for_selector
core_grades_get_gradeitems
core_grades_get_gradable_users
core_group_get_activity_allowed_groups
core_group_get_activity_groupmode
core_group_get_course_groupings
core_group_get_course_groups
core_group_get_course_user_groups
core_group_get_groups_for_selector
core_message_mute_conversations
core_message_unmute_conversations
core_message_block_user
core_message_get_contact_requests
core_message_create_contact_request
core_message_confirm_contact_request
core_message_decline_contact_request
core_message_get_received_contact_requests_count
core_message_delete_contacts
core_message_delete_conversations_by_id
core_message_delete_message
core_message_get_blocked_users
core_message_data_for_messagearea_search_messages
core_message_message_search_users
core_message_get_user_contacts
core_message_get_conversations
core_message_get_conversation
core_message_get_conversation_between_users
core_message_get_self_conversation
core_message_get_messages
core_message_get_conversation_counts
core_message_get_unread_conversation_counts
core_message_get_conversation_members
core_message_get_member_info
core_message_get_unread_conversations_count
core_message_mark_all_notifications_as_read
core_message_mark_all_conversation_messages_as_read
core_message_mark_message_read
core_message_mark_notification_read
core_message_message_processor_config_form
core_message_search_contacts
core_message_send_instant_messages
core_message_send_messages_to_conversation
core_message_get_conversation_messages
core_message_unblock_user
core_message_get_user_notification_preferences
core_message_get_user_message_preferences
core_message_set_favourite_conversations
core_message_unset_favourite_conversations
core_message_delete_message_for_all_users
core_message_get_unread_notification_count
core_my_view_page
core_notes_create_notes
core_notes_delete_notes
core_notes_get_course_notes
core_notes_view_notes
core_question_update_flag
core_rating_get_item_ratings
core_rating_add_rating
core_search_get_results
core_search_get_search_areas_list
core_search_view_results
core_search_get_top_results
core_tag_get_tagindex
core_tag_get_tagindex_per_area
core_tag_get_tag_areas
core_tag_get_tag_collections
core_tag_get_tag_cloud
core_user_add_user_device
core_user_update_user_device_public_key
core_user_add_user_private_files
core_user_get_course_user_profiles
core_user_get_users_by_field
core_user_remove_user_device
core_user_update_user_preferences
core_user_view_user_list
core_user_view_user_profile
core_user_get_user_preferences
core_user_update_picture
core_user_set_user_preferences
core_user_agree_site_policy
core_user_get_private_files_info
core_competency_competency_viewed
core_competency_list_course_competencies
core_competency_get_scale_values
core_competency_user_competency_viewed
core_competency_user_competency_viewed_in_plan
core_competency_user_competency_viewed_in_course
core_competency_user_competency_plan_viewed
core_competency_grade_competency_in_course
core_competency_delete_evidence
core_webservice_get_site_info
core_block_get_course_blocks
core_block_get_dashboard_blocks
core_block_fetch_addable_blocks
core_filters_get_available_in_context
core_filters_get_all_states
core_h5p_get_trusted_h5p_file
core_table_get_dynamic_table_content
core_xapi_statement_post
core_xapi_post_state
core_xapi_get_state
core_xapi_get_states
core_xapi_delete_state
core_xapi_delete_states
core_reportbuilder_list_reports
core_reportbuilder_retrieve_report
core_reportbuilder_retrieve_system_report
core_reportbuilder_can_view_system_report
core_reportbuilder_view_report
@2024042200
mod_assign_get_grades
mod_assign_get_assignments
mod_assign_get_submissions
mod_assign_get_user_flags
mod_assign_set_user_flags
mod_assign_get_user_mappings
mod_assign_revert_submissions_to_draft
mod_assign_lock_submissions
mod_assign_unlock_submissions
mod_assign_save_submission
mod_assign_submit_for_grading
mod_assign_save_grade
mod_assign_save_grades
mod_assign_save_user_extensions
mod_assign_reveal_identities
mod_assign_view_grading_table
mod_assign_view_submission_status
mod_assign_get_submission_status
mod_assign_list_participants
mod_assign_submit_grading_form
mod_assign_get_participant
mod_assign_view_assign
mod_assign_start_submission
mod_bigbluebuttonbn_can_join
mod_bigbluebuttonbn_get_recordings
mod_bigbluebuttonbn_get_recordings_to_import
mod_bigbluebuttonbn_update_recording
mod_bigbluebuttonbn_end_meeting
mod_bigbluebuttonbn_completion_validate
mod_bigbluebuttonbn_meeting_info
mod_bigbluebuttonbn_get_bigbluebuttonbns_by_courses
mod_bigbluebuttonbn_view_bigbluebuttonbn
mod_bigbluebuttonbn_get_join_url
mod_book_view_book
mod_book_get_books_by_courses
mod_chat_login_user
mod_chat_get_chat_users
mod_chat_send_chat_message
mod_chat_get_chat_latest_messages
mod_chat_view_chat
mod_chat_get_chats_by_courses
mod_chat_get_sessions
mod_chat_get_session_messages
mod_chat_view_sessions
mod_choice_get_choice_results
mod_choice_get_choice_options
mod_choice_submit_choice_response
mod_choice_view_choice
mod_choice_get_choices_by_courses
mod_choice_delete_choice_responses
@2024042201
mod_data_get_databases_by_courses
mod_data_view_database
mod_data_get_data_access_information
mod_data_get_entries
mod_data_get_entry
mod_data_get_fields
mod_data_search_entries
mod_data_approve_entry
mod_data_delete_entry
mod_data_add_entry
mod_data_update_entry
@2024042200
mod_feedback_get_feedbacks_by_courses
mod_feedback_get_feedback_access_information
mod_feedback_view_feedback
mod_feedback_get_current_completed_tmp
mod_feedback_get_items
mod_feedback_launch_feedback
mod_feedback_get_page_items
mod_feedback_process_page
mod_feedback_get_analysis
mod_feedback_get_unfinished_responses
mod_feedback_get_finished_responses
mod_feedback_get_non_respondents
mod_feedback_get_responses_analysis
mod_feedback_get_last_completed
mod_folder_view_folder
mod_folder_get_folders_by_courses
mod_forum_get_forums_by_courses
mod_forum_get_discussion_posts
mod_forum_get_forum_discussions
mod_forum_view_forum
mod_forum_view_forum_discussion
mod_forum_add_discussion_post
mod_forum_add_discussion
mod_forum_can_add_discussion
mod_forum_get_forum_access_information
mod_forum_set_subscription_state
mod_forum_set_lock_state
mod_forum_toggle_favourite_state
mod_forum_set_pin_state
mod_forum_delete_post
mod_forum_get_discussion_post
mod_forum_prepare_draft_area_for_post
mod_forum_update_discussion_post
mod_glossary_get_glossaries_by_courses
mod_glossary_view_glossary
mod_glossary_view_entry
mod_glossary_get_entries_by_letter
mod_glossary_get_entries_by_date
mod_glossary_get_categories
mod_glossary_get_entries_by_category
mod_glossary_get_authors
mod_glossary_get_entries_by_author
mod_glossary_get_entries_by_author_id
mod_glossary_get_entries_by_search
mod_glossary_get_entries_by_term
mod_glossary_get_entries_to_approve
mod_glossary_get_entry_by_id
mod_glossary_add_entry
mod_glossary_delete_entry
mod_glossary_update_entry
mod_glossary_prepare_entry_for_edition
mod_h5pactivity_get_h5pactivity_access_information
mod_h5pactivity_view_h5pactivity
mod_h5pactivity_get_attempts
mod_h5pactivity_get_results
mod_h5pactivity_get_h5pactivities_by_courses
mod_h5pactivity_log_report_viewed
mod_h5pactivity_get_user_attempts
mod_imscp_view_imscp
mod_imscp_get_imscps_by_courses
mod_label_get_labels_by_courses
mod_lesson_get_lessons_by_courses
mod_lesson_get_lesson_access_information
mod_lesson_view_lesson
mod_lesson_get_questions_attempts
mod_lesson_get_user_grade
mod_lesson_get_user_attempt_grade
mod_lesson_get_content_pages_viewed
mod_lesson_get_user_timers
mod_lesson_get_pages
mod_lesson_launch_attempt
mod_lesson_get_page_data
mod_lesson_process_page
mod_lesson_finish_attempt
mod_lesson_get_attempts_overview
mod_lesson_get_user_attempt
mod_lesson_get_pages_possible_jumps
mod_lesson_get_lesson
mod_lti_get_tool_launch_data
mod_lti_get_ltis_by_courses
mod_lti_view_lti
mod_page_view_page
mod_page_get_pages_by_courses
mod_quiz_get_quizzes_by_courses
mod_quiz_view_quiz
mod_quiz_get_user_attempts
mod_quiz_get_user_best_grade
mod_quiz_get_combined_review_options
mod_quiz_start_attempt
mod_quiz_get_attempt_data
mod_quiz_get_attempt_summary
mod_quiz_save_attempt
mod_quiz_process_attempt
mod_quiz_get_attempt_review
mod_quiz_view_attempt
mod_quiz_view_attempt_summary
mod_quiz_view_attempt_review
mod_quiz_get_quiz_feedback_for_grade
mod_quiz_get_quiz_access_information
mod_quiz_get_attempt_access_information
mod_quiz_get_quiz_required_qtypes
mod_resource_view_resource
mod_resource_get_resources_by_courses
mod_scorm_view_scorm
mod_scorm_get_scorm_attempt_count
mod_scorm_get_scorm_scoes
mod_scorm_get_scorm_user_data
mod_scorm_insert_scorm_tracks
mod_scorm_get_scorm_sco_tracks
mod_scorm_get_scorms_by_courses
mod_scorm_launch_sco
mod_scorm_get_scorm_access_information
mod_survey_get_surveys_by_courses
mod_survey_view_survey
mod_survey_get_questions
mod_survey_submit_answers
mod_url_view_url
mod_url_get_urls_by_courses
mod_wiki_get_wikis_by_courses
mod_wiki_view_wiki
mod_wiki_view_page
mod_wiki_get_subwikis
mod_wiki_get_subwiki_pages
mod_wiki_get_subwiki_files
mod_wiki_get_page_contents
mod_wiki_get_page_for_editing
mod_wiki_new_page
mod_wiki_edit_page
mod_workshop_get_workshops_by_courses
mod_workshop_get_workshop_access_information
mod_workshop_get_user_plan
mod_workshop_view_workshop
mod_workshop_add_submission
mod_workshop_update_submission
mod_workshop_delete_submission
mod_workshop_get_submissions
mod_workshop_get_submission
mod_workshop_get_submission_assessments
mod_workshop_get_assessment
mod_workshop_get_assessment_form_definition
mod_workshop_get_reviewer_assessments
mod_workshop_update_assessment
mod_workshop_get_grades
mod_workshop_evaluate_assessment
mod_workshop_get_grades_report
mod_workshop_view_submission
mod_workshop_evaluate_submission
enrol_guest_get_instance_info
enrol_guest_validate_password
enrol_self_get_instance_info
enrol_self_enrol_user
message_airnotifier_is_system_configured
message_airnotifier_are_notification_preferences_configured
message_airnotifier_get_user_devices
message_airnotifier_enable_device
message_popup_get_popup_notifications
message_popup_get_unread_popup_notification_count
block_recentlyaccesseditems_get_recent_items
block_starredcourses_get_starred_courses
report_insights_set_notuseful_prediction
report_insights_set_fixed_prediction
report_insights_action_executed
gradereport_grader_get_users_in_report
gradereport_overview_get_course_grades
gradereport_overview_view_grade_report
gradereport_singleview_get_grade_items_for_search_widget
gradereport_user_get_grades_table
gradereport_user_view_grade_report
gradereport_user_get_grade_items
gradereport_user_get_access_information
tool_analytics_potential_contexts
tool_dataprivacy_cancel_data_request
tool_dataprivacy_contact_dpo
tool_dataprivacy_get_access_information
tool_dataprivacy_create_data_request
tool_dataprivacy_get_data_requests
@2024042201
tool_lp_data_for_course_competencies_page
tool_lp_data_for_plans_page
tool_lp_data_for_plan_page
tool_lp_data_for_user_evidence_list_page
tool_lp_data_for_user_evidence_page
tool_lp_data_for_user_competency_summary
tool_lp_data_for_user_competency_summary_in_plan
tool_lp_data_for_user_competency_summary_in_course
@2024042200
tool_mobile_get_plugins_supporting_mobile
tool_mobile_get_public_config
tool_mobile_get_config
tool_mobile_get_autologin_key
tool_mobile_get_content
tool_mobile_call_external_functions
tool_mobile_validate_subscription_key
tool_mobile_get_tokens_for_qr_login
tool_moodlenet_verify_webfinger
tool_moodlenet_search_courses
tool_policy_get_user_acceptances
tool_policy_set_acceptances_status
)";

// -------------------------------------------------------------------------------------------
// JSON written the way PHP's json_encode writes it: keys in insertion order, "/" escaped as
// "\/", everything outside ASCII as \uXXXX. Also Moodle's REST XML for the same value.

class Json
{
public:
    Json() = default;
    Json(std::nullptr_t) {}
    Json(bool value)
        : m_type(Type::Bool)
        , m_int(value ? 1 : 0)
    {}
    template<typename T,
             std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int> = 0>
    Json(T value)
        : m_type(Type::Int)
        , m_int(qint64(value))
    {}
    Json(double value)
        : m_type(Type::Double)
        , m_double(value)
    {}
    Json(const QString &value)
        : m_type(Type::String)
        , m_string(value)
    {}
    template<typename A, typename B>
    Json(const QStringBuilder<A, B> &value)
        : Json(QString(value))
    {}

    static Json array(std::initializer_list<Json> items = {})
    {
        Json json;
        json.m_type = Type::Array;
        json.m_items.assign(items.begin(), items.end());
        return json;
    }
    static Json object(std::initializer_list<std::pair<QString, Json>> members = {})
    {
        Json json;
        json.m_type = Type::Object;
        json.m_members.assign(members.begin(), members.end());
        return json;
    }

    Json &append(const Json &item)
    {
        m_items.push_back(item);
        return *this;
    }
    Json &insert(const QString &key, const Json &value)
    {
        for (auto &member : m_members) {
            if (member.first == key) {
                member.second = value;
                return *this;
            }
        }
        m_members.emplace_back(key, value);
        return *this;
    }
    qsizetype size() const
    {
        return qsizetype(m_type == Type::Array ? m_items.size() : m_members.size());
    }

    QByteArray toJson() const
    {
        QByteArray out;
        writeJson(out);
        return out;
    }
    // webservice_rest_server::xmlize_result without a description: objects are SINGLE, arrays
    // MULTIPLE, scalars VALUE (booleans as 1/0).
    void writeXml(QByteArray &out) const
    {
        switch (m_type) {
        case Type::Null:
            out += "<VALUE null=\"null\"/>\n"_ba;
            break;
        case Type::Array:
            out += "<MULTIPLE>\n"_ba;
            for (const Json &item : m_items)
                item.writeXml(out);
            out += "</MULTIPLE>\n"_ba;
            break;
        case Type::Object:
            out += "<SINGLE>\n"_ba;
            for (const auto &[key, value] : m_members) {
                out += "<KEY name=\""_ba + key.toUtf8() + "\">"_ba;
                value.writeXml(out);
                out += "</KEY>\n"_ba;
            }
            out += "</SINGLE>\n"_ba;
            break;
        default:
            out += "<VALUE>"_ba + htmlEscape(scalarText()) + "</VALUE>\n"_ba;
            break;
        }
    }

    static QByteArray htmlEscape(const QString &text)
    {
        QByteArray out = text.toUtf8();
        out.replace('&', "&amp;"_ba);
        out.replace('"', "&quot;"_ba);
        out.replace('<', "&lt;"_ba);
        out.replace('>', "&gt;"_ba);
        return out;
    }

private:
    enum class Type { Null, Bool, Int, Double, String, Array, Object };

    void writeJson(QByteArray &out) const
    {
        switch (m_type) {
        case Type::Null:
            out += "null"_ba;
            break;
        case Type::Bool:
            out += m_int ? "true"_ba : "false"_ba;
            break;
        case Type::Int:
            out += QByteArray::number(m_int);
            break;
        case Type::Double: {
            // serialize_precision = -1: the shortest form, and always a fraction or exponent.
            QByteArray number = QByteArray::number(m_double, 'g', QLocale::FloatingPointShortest);
            if (!number.contains('.') && !number.contains('e'))
                number += ".0"_ba;
            out += number;
            break;
        }
        case Type::String:
            writeString(out, m_string);
            break;
        case Type::Array:
            out += '[';
            for (size_t i = 0; i < m_items.size(); ++i) {
                if (i)
                    out += ',';
                m_items[i].writeJson(out);
            }
            out += ']';
            break;
        case Type::Object:
            out += '{';
            for (size_t i = 0; i < m_members.size(); ++i) {
                if (i)
                    out += ',';
                writeString(out, m_members[i].first);
                out += ':';
                m_members[i].second.writeJson(out);
            }
            out += '}';
            break;
        }
    }

    static void writeString(QByteArray &out, const QString &text)
    {
        static const char hex[] = "0123456789abcdef";
        out += '"';
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            switch (u) {
            case u'"':
                out += "\\\""_ba;
                break;
            case u'\\':
                out += "\\\\"_ba;
                break;
            case u'/':
                out += "\\/"_ba;
                break;
            case u'\b':
                out += "\\b"_ba;
                break;
            case u'\f':
                out += "\\f"_ba;
                break;
            case u'\n':
                out += "\\n"_ba;
                break;
            case u'\r':
                out += "\\r"_ba;
                break;
            case u'\t':
                out += "\\t"_ba;
                break;
            default:
                if (u < 0x20 || u > 0x7f) {
                    out += "\\u"_ba;
                    out += hex[(u >> 12) & 0xf];
                    out += hex[(u >> 8) & 0xf];
                    out += hex[(u >> 4) & 0xf];
                    out += hex[u & 0xf];
                } else {
                    out += char(u);
                }
            }
        }
        out += '"';
    }

    // PHP's string conversion of a scalar (precision = 14 for floats).
    QString scalarText() const
    {
        switch (m_type) {
        case Type::Bool:
        case Type::Int:
            return QString::number(m_int);
        case Type::Double:
            return QString::number(m_double, 'g', 14);
        case Type::String:
            return m_string;
        default:
            return {};
        }
    }

    Type m_type = Type::Null;
    qint64 m_int = 0;
    double m_double = 0;
    QString m_string;
    std::vector<Json> m_items;
    std::vector<std::pair<QString, Json>> m_members;
};

// -------------------------------------------------------------------------------------------
// File contents

quint64 mix64(quint64 x)
{
    // splitmix64's finaliser: a good, fast, random-access stream of bytes.
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

void fillGenerated(quint32 seed, qint64 offset, char *out, qint64 length)
{
    const quint64 key = mix64(quint64(seed) ^ 0x636c696b63ULL);
    quint64 block = quint64(offset / 8);
    int skip = int(offset % 8);
    while (length > 0) {
        uchar bytes[8];
        qToLittleEndian(mix64(key + block), bytes);
        const qint64 n = std::min<qint64>(8 - skip, length);
        std::memcpy(out, bytes + skip, size_t(n));
        out += n;
        length -= n;
        skip = 0;
        ++block;
    }
}

// One version of a file's bytes. Immutable once made, so an answer being sent keeps the bytes
// it started with when the file changes meanwhile.
struct FileData
{
    QByteArray content;
    qint64 generatedSize = -1;
    quint32 seed = 0;
    mutable QByteArray sha1; // hex, computed on first use

    qint64 size() const { return generatedSize >= 0 ? generatedSize : content.size(); }

    QByteArray read(qint64 offset, qint64 length) const
    {
        length = std::max<qint64>(0, std::min(length, size() - offset));
        if (generatedSize < 0)
            return content.mid(offset, length);
        QByteArray out(length, Qt::Uninitialized);
        fillGenerated(seed, offset, out.data(), length);
        return out;
    }

    QByteArray sha1Hex() const
    {
        if (sha1.isEmpty()) {
            QCryptographicHash hash(QCryptographicHash::Sha1);
            if (generatedSize < 0) {
                hash.addData(content);
            } else {
                constexpr qint64 step = 1 << 20;
                for (qint64 at = 0; at < generatedSize; at += step)
                    hash.addData(read(at, step));
            }
            sha1 = hash.result().toHex();
        }
        return sha1;
    }
};
using DataPtr = std::shared_ptr<const FileData>;

DataPtr makeData(const QByteArray &content)
{
    auto data = std::make_shared<FileData>();
    data->content = content;
    return data;
}

DataPtr makeGenerated(qint64 size, quint32 seed)
{
    auto data = std::make_shared<FileData>();
    data->generatedSize = size;
    data->seed = seed;
    return data;
}

// -------------------------------------------------------------------------------------------
// The site

// The records of the site, as Moodle's tables hold them.
struct SiteFile
{
    QString fileName;
    QString filePath = u"/"_s;
    QByteArray mimeType;
    DataPtr data;
    qint64 timeCreated = 0;
    qint64 timeModified = 0;
    int sortOrder = 0;
};

struct Sco
{
    int id = 0;
    QString manifest;
    QString organization;
    QString parent;
    QString identifier;
    QString launch;
    QString scormType;
    QString title;
    int sortOrder = 0;
    QList<std::pair<QString, QString>> extraData;
};

struct Module
{
    int cmid = 0;
    int courseId = 0;
    int sectionNumber = 0;
    int instance = 0;
    int contextId = 0;
    QString modName;
    QString name;
    QString intro;
    int completion = 1;
    int revision = 1; // the number after the file area in resource/folder/page file URLs
    qint64 timeModified = 0;
    QString html;        // page
    QString externalUrl; // url
    QList<SiteFile> files;
    // SCORM
    int scormRevision = 1;
    QString reference;
    QList<Sco> scoes;
    int launchSco = 0;
    bool autoContinue = false;
};

struct Section
{
    int id = 0;
    int number = 0;
    QString name;
    QList<int> cmids;
};

struct Course
{
    int id = 0;
    int contextId = 0;
    QString shortName;
    QString fullName;
    QString summary;
    qint64 startDate = 0;
    qint64 timeModified = 0;
    QList<Section> sections;
    int categoryId = 1;
    std::set<int> notEnrolled; // every user is enrolled but these (setEnrolled)
    int selfInstance = 0;      // the self-enrolment instance's id; 0: none
    bool selfOpen = false;
};

struct Category
{
    int id = 0;
    QString name;
    int parent = 0;
};

struct Track
{
    int id = 0;
    QString value;
    qint64 timeModified = 0;
};

struct WsError
{
    QString exception;
    QString errorCode;
    QString message;
};
using WsResult = std::variant<Json, WsError>;

WsError invalidParameter()
{
    return {u"invalid_parameter_exception"_s, u"invalidparameter"_s,
            u"Invalid parameter value detected"_s};
}

WsError missingRecord(const QString &table)
{
    return {u"dml_missing_record_exception"_s, u"invalidrecord"_s,
            u"Can't find data record in database table "_s + table + u'.'};
}

// A capability a student lacks (required_capability_exception), e.g. to read another
// user's progress.
WsError noPermission(const QString &capability)
{
    return {u"required_capability_exception"_s, u"nopermissions"_s,
            u"Sorry, but you do not currently have permissions to do that ("_s + capability
                + u")."_s};
}

WsError cannotFindSco()
{
    return {u"moodle_exception"_s, u"cannotfindsco"_s, u"Could not find SCO"_s};
}

WsError invalidToken()
{
    return {u"moodle_exception"_s, u"invalidtoken"_s, u"Invalid token - token not found"_s};
}

const QString kMaintenanceMessage
    = u"The site is undergoing maintenance and is currently not available"_s;

// Request parameters (query string, then form fields), as PHP's $_GET + $_POST see them.
class Params
{
public:
    QList<std::pair<QString, QString>> items;

    bool has(const QString &key) const
    {
        return std::any_of(items.cbegin(), items.cend(),
                           [&](const auto &item) { return item.first == key; });
    }
    QString value(const QString &key) const
    {
        for (auto it = items.crbegin(); it != items.crend(); ++it) {
            if (it->first == key)
                return it->second;
        }
        return {};
    }
    std::optional<qint64> integer(const QString &key) const
    {
        if (!has(key))
            return std::nullopt;
        bool ok = false;
        const qint64 number = value(key).trimmed().toLongLong(&ok);
        return ok ? std::optional<qint64>(number) : std::nullopt;
    }
    std::optional<bool> boolean(const QString &key) const
    {
        const QString text = value(key).trimmed().toLower();
        if (text == u"1"_s || text == u"true"_s)
            return true;
        if (text == u"0"_s || text == u"false"_s || text.isEmpty())
            return has(key) ? std::optional<bool>(false) : std::nullopt;
        return std::nullopt;
    }
    // name[0]=…&name[1]=…, in index order.
    QStringList list(const QString &name) const
    {
        std::map<int, QString> byIndex;
        const QRegularExpression pattern(u"^"_s + QRegularExpression::escape(name)
                                         + u"\\[(\\d+)\\]$"_s);
        for (const auto &[key, text] : items) {
            const auto match = pattern.match(key);
            if (match.hasMatch())
                byIndex[match.captured(1).toInt()] = text;
        }
        QStringList values;
        for (const auto &entry : byIndex)
            values.append(entry.second);
        return values;
    }
    // name[0][field]=…, in index order.
    QList<QMap<QString, QString>> structs(const QString &name) const
    {
        std::map<int, QMap<QString, QString>> byIndex;
        const QRegularExpression pattern(u"^"_s + QRegularExpression::escape(name)
                                         + u"\\[(\\d+)\\]\\[(\\w+)\\]$"_s);
        for (const auto &[key, text] : items) {
            const auto match = pattern.match(key);
            if (match.hasMatch())
                byIndex[match.captured(1).toInt()][match.captured(2)] = text;
        }
        QList<QMap<QString, QString>> values;
        for (const auto &entry : byIndex)
            values.append(entry.second);
        return values;
    }
};

QList<std::pair<QString, QString>> decodeForm(const QByteArray &data)
{
    QList<std::pair<QString, QString>> items;
    const auto decode = [](QByteArray part) {
        part.replace('+', ' ');
        return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
    };
    for (const QByteArray &part : data.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf('=');
        if (equals < 0)
            items.append({decode(part), QString()});
        else
            items.append({decode(part.left(equals)), decode(part.mid(equals + 1))});
    }
    return items;
}

// -------------------------------------------------------------------------------------------
// HTTP

// One request as read from the socket.
struct HttpRequest
{
    QByteArray method;
    QByteArray target;
    QByteArray version;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool hasHeader(QByteArrayView name) const
    {
        return std::any_of(headers.cbegin(), headers.cend(), [&](const auto &header) {
            return QByteArrayView(header.first).compare(name, Qt::CaseInsensitive) == 0;
        });
    }
    QByteArray rawPath() const
    {
        QByteArray path
            = target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
        if (path.startsWith("http://") || path.startsWith("https://")) {
            const qsizetype slash = path.indexOf('/', path.indexOf("//") + 2);
            path = slash < 0 ? "/"_ba : path.mid(slash);
        }
        return path;
    }
    QByteArray query() const
    {
        const qsizetype question = target.indexOf('?');
        return question < 0 ? QByteArray() : target.mid(question + 1);
    }
};

bool parseHead(const QByteArray &head, HttpRequest *request)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    if (first.size() != 3 || !first[2].startsWith("HTTP/1."))
        return false;
    request->method = first[0];
    request->target = first[1];
    request->version = first[2];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        request->headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return true;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK"_ba;
    case 206:
        return "Partial content"_ba; // sic: Moodle's own status line
    case 302:
        return "Found"_ba;
    case 304:
        return "Not Modified"_ba;
    case 307:
        return "Temporary Redirect"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 403:
        return "Forbidden"_ba;
    case 404:
        return "Not Found"_ba;
    case 408:
        return "Request Timeout"_ba;
    case 411:
        return "Length Required"_ba;
    case 413:
        return "Payload Too Large"_ba;
    case 429:
        return "Too Many Requests"_ba;
    case 431:
        return "Request Header Fields Too Large"_ba;
    case 500:
        return "Internal Server Error"_ba;
    case 502:
        return "Bad Gateway"_ba;
    case 503:
        return "Service Unavailable"_ba;
    case 504:
        return "Gateway Timeout"_ba;
    default:
        return "Status"_ba;
    }
}

QByteArray httpDate(qint64 secondsSinceEpoch)
{
    return QLocale::c()
        .toString(QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC),
                  u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
        .toLatin1();
}

std::optional<qint64> parseHttpDate(QByteArray value)
{
    if (value.contains(';'))
        value = value.left(value.indexOf(';')); // as Moodle: clip extra junk
    const QDateTime parsed = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()),
                                                     u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
    if (!parsed.isValid())
        return std::nullopt;
    return QDateTime(parsed.date(), parsed.time(), Qt::UTC).toSecsSinceEpoch();
}

// A piece of an answer's body: literal bytes, or a range of a file.
struct Segment
{
    QByteArray bytes;
    DataPtr file;
    qint64 offset = 0;
    qint64 length = 0;

    qint64 size() const { return file ? length : bytes.size(); }
};

// An answer: status, headers in the order they are sent (as PHP's header() leaves them), the
// body in segments, and the faults to commit while sending it.
struct Response
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QList<Segment> body;
    bool noBody = false;      // 304: headers only, no Content-Length
    bool close = false;       // close the connection after this answer
    bool silentClose = false; // close without answering
    // Misbehaviour while sending
    qint64 dropAfter = -1;
    qint64 stallAfter = -1;
    int stallMs = -1;
    qint64 bytesPerSecond = 0;
    qint64 lengthDelta = 0;

    qint64 bodySize() const
    {
        qint64 total = 0;
        for (const Segment &segment : body)
            total += segment.size();
        return total;
    }
    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
    }
    // PHP's header(): a header set again moves to the end.
    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        removeHeader(name);
        headers.append({name, value});
    }
    void removeHeader(const QByteArray &name)
    {
        headers.removeIf([&](const auto &header) {
            return header.first.compare(name, Qt::CaseInsensitive) == 0;
        });
    }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    void setBody(const QByteArray &bytes) { body = {Segment{bytes, {}, 0, 0}}; }
};

// A token bucket: `rate` bytes per second, bursts of at most a tenth of a second.
class RateLimiter
{
public:
    void setRate(qint64 bytesPerSecond)
    {
        m_rate = std::max<qint64>(0, bytesPerSecond);
        m_tokens = 0;
        m_clock.start();
        m_last = 0;
    }
    bool isActive() const { return m_rate > 0; }
    qint64 burst() const { return std::max<qint64>(1, m_rate / 10); }
    qint64 available()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_tokens
            = std::min(double(burst()), m_tokens + double(now - m_last) * double(m_rate) / 1e9);
        m_last = now;
        return qint64(m_tokens);
    }
    void consume(qint64 bytes) { m_tokens -= double(bytes); }
    int msUntil(qint64 bytes) const
    {
        if (!isActive())
            return 0;
        const double missing = double(std::min(bytes, burst())) - m_tokens;
        return missing <= 0 ? 0 : int(std::ceil(missing * 1000.0 / double(m_rate)));
    }

private:
    qint64 m_rate = 0;
    double m_tokens = 0;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
};

const char kByteservingBoundary[] = "s1k2o3d4a5k6s7";

QString fixedCustomData(const QString &modName)
{
    if (modName == u"resource"_s)
        return uR"({"filtericon":true,"displayoptions":"a:1:{s:10:\"printintro\";i:0;}","display":1})"_s;
    if (modName == u"scorm"_s)
        return uR"({"customcompletionrules":{"completionstatusrequired":"4","completionscorerequired":null,"completionstatusallscos":"0"}})"_s;
    return uR"("")"_s;
}

QString purposeOf(const QString &modName)
{
    static const QHash<QString, QString> purposes = {
        {u"scorm"_s, u"interactivecontent"_s},  {u"h5pactivity"_s, u"interactivecontent"_s},
        {u"lesson"_s, u"interactivecontent"_s}, {u"forum"_s, u"collaboration"_s},
        {u"wiki"_s, u"collaboration"_s},        {u"glossary"_s, u"collaboration"_s},
        {u"quiz"_s, u"assessment"_s},           {u"assign"_s, u"assessment"_s},
        {u"workshop"_s, u"assessment"_s},       {u"feedback"_s, u"communication"_s},
        {u"choice"_s, u"communication"_s},      {u"survey"_s, u"communication"_s},
        {u"chat"_s, u"communication"_s},        {u"lti"_s, u"other"_s},
    };
    return purposes.value(modName, u"content"_s);
}

QString pluralOf(const QString &modName)
{
    static const QHash<QString, QString> plurals = {
        {u"page"_s, u"Pages"_s},
        {u"resource"_s, u"Files"_s},
        {u"scorm"_s, u"SCORM packages"_s},
        {u"folder"_s, u"Folders"_s},
        {u"url"_s, u"URLs"_s},
        {u"forum"_s, u"Forums"_s},
        {u"quiz"_s, u"Quizzes"_s},
        {u"assign"_s, u"Assignments"_s},
        {u"label"_s, u"Text and media areas"_s},
        {u"book"_s, u"Books"_s},
        {u"lesson"_s, u"Lessons"_s},
        {u"h5pactivity"_s, u"H5P"_s},
    };
    return plurals.value(modName, modName.left(1).toUpper() + modName.mid(1) + u's');
}

// The icon Moodle shows for a file of this type (core's f/… pix).
QString fileIconOf(const QByteArray &mimeType)
{
    if (mimeType.startsWith("video/"))
        return u"f/video"_s;
    if (mimeType.startsWith("audio/"))
        return u"f/audio"_s;
    if (mimeType.startsWith("image/"))
        return u"f/image"_s;
    if (mimeType == "application/pdf")
        return u"f/pdf"_s;
    if (mimeType == "text/html")
        return u"f/html"_s;
    if (mimeType == "application/zip")
        return u"f/archive"_s;
    if (mimeType.startsWith("text/"))
        return u"f/text"_s;
    return u"f/unknown"_s;
}

QString encodePath(const QString &path)
{
    // file_encode_url(): rawurlencode, then slashes back.
    return QString::fromLatin1(path.toUtf8().toPercentEncoding("/"));
}

qint64 currentTime()
{
    return QDateTime::currentSecsSinceEpoch();
}

// Bytes not equal to `data`'s, of the same size.
DataPtr alteredData(const FileData &data)
{
    if (data.generatedSize >= 0)
        return makeGenerated(data.generatedSize, data.seed + 0x9E3779B9U);
    QByteArray bytes = data.content;
    if (bytes.isEmpty())
        return makeData("changed\n"_ba);
    for (char &byte : bytes)
        byte = char(byte ^ 0x5a);
    return makeData(bytes);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Value types

FakeFile FakeFile::withContent(const QString &fileName, const QByteArray &mimeType,
                               const QByteArray &content)
{
    FakeFile file;
    file.fileName = fileName;
    file.mimeType = mimeType;
    file.content = content;
    return file;
}

FakeFile FakeFile::generated(const QString &fileName, const QByteArray &mimeType, qint64 size,
                             quint32 seed)
{
    FakeFile file;
    file.fileName = fileName;
    file.mimeType = mimeType;
    file.generatedSize = size;
    file.seed = seed;
    return file;
}

QByteArray FakeRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString FakeRequest::param(const QString &name) const
{
    for (auto it = params.crbegin(); it != params.crend(); ++it) {
        if (it->first == name)
            return it->second;
    }
    return {};
}

Misbehaviour Misbehaviour::dropMidBody(qint64 afterBytes, const QString &match)
{
    Misbehaviour m;
    m.kind = Kind::DropMidBody;
    m.afterBytes = afterBytes;
    m.match = match;
    return m;
}

Misbehaviour Misbehaviour::ignoreRange(const QString &match)
{
    Misbehaviour m;
    m.kind = Kind::IgnoreRange;
    m.match = match;
    return m;
}

Misbehaviour Misbehaviour::changeFile(int afterRequests, const QString &match, bool newRevision)
{
    Misbehaviour m;
    m.kind = Kind::ChangeFile;
    m.afterRequests = afterRequests;
    m.match = match;
    m.newRevision = newRevision;
    m.times = 1;
    return m;
}

Misbehaviour Misbehaviour::httpStatus(int status, int times, int retryAfterSeconds,
                                      const QString &match)
{
    Misbehaviour m;
    m.kind = Kind::Status;
    m.status = status;
    m.times = times;
    m.retryAfterSeconds = retryAfterSeconds;
    m.match = match;
    return m;
}

Misbehaviour Misbehaviour::trickle(qint64 bytesPerSecond, const QString &match)
{
    Misbehaviour m;
    m.kind = Kind::Trickle;
    m.bytesPerSecond = bytesPerSecond;
    m.match = match;
    return m;
}

Misbehaviour Misbehaviour::lieAboutLength(qint64 lengthDelta, const QString &match)
{
    Misbehaviour m;
    m.kind = Kind::LieAboutLength;
    m.lengthDelta = lengthDelta;
    m.match = match;
    return m;
}

Misbehaviour Misbehaviour::expireToken(int afterRequests)
{
    Misbehaviour m;
    m.kind = Kind::ExpireToken;
    m.afterRequests = afterRequests;
    m.times = 1;
    return m;
}

Misbehaviour Misbehaviour::htmlInsteadOfJson(const QString &match, int status)
{
    Misbehaviour m;
    m.kind = Kind::HtmlInsteadOfJson;
    m.match = match;
    m.status = status;
    return m;
}

Misbehaviour Misbehaviour::stall(qint64 afterBytes, int stallMs, const QString &match)
{
    Misbehaviour m;
    m.kind = Kind::Stall;
    m.afterBytes = afterBytes;
    m.stallMs = stallMs;
    m.match = match;
    return m;
}

Misbehaviour Misbehaviour::closeWithoutResponse(const QString &match)
{
    Misbehaviour m;
    m.kind = Kind::CloseWithoutResponse;
    m.match = match;
    return m;
}

Misbehaviour Misbehaviour::redirect(const QUrl &location, int status, const QString &match)
{
    Misbehaviour m;
    m.kind = Kind::Redirect;
    m.location = location;
    m.status = status;
    m.match = match;
    return m;
}

Misbehaviour Misbehaviour::oversize(qint64 extraBytes, const QString &match)
{
    Misbehaviour m;
    m.kind = Kind::Oversize;
    m.lengthDelta = extraBytes;
    m.match = match;
    return m;
}

Misbehaviour Misbehaviour::maintenance()
{
    Misbehaviour m;
    m.kind = Kind::Maintenance;
    return m;
}

// ---------------------------------------------------------------------------------------------
// The site and the answers

// The site's state (users, tokens, courses, files, progress), the misbehaviour rules and the
// request log, and how one request is answered. Owned by FakeMoodle, on its thread.
struct FakeMoodle::Private
{
    using Kind = Misbehaviour::Kind;
    using WsFunction = std::function<WsResult(const Params &, const FakeUser &)>;
    enum class Route { None, Home, Token, Rest, PluginFile };

    struct Active
    {
        Misbehaviour rule;
        int countdown = 0;
    };

    explicit Private(FakeMoodle *owner)
        : q(owner)
        , server(new QTcpServer(owner))
        , connectionOwner(new QObject(owner))
    {
        QString version;
        for (const QByteArray &line : QByteArray(kFunctionList).split('\n')) {
            if (line.startsWith('@'))
                version = QString::fromLatin1(line.mid(1));
            else if (!line.isEmpty())
                functions.append({QString::fromLatin1(line), version});
        }
        registerFunctions();
        users.append(FakeUser());
    }

    FakeMoodle *q;
    // Children of q, so that moveToThread() before listen() takes them along.
    QTcpServer *server;
    QObject *connectionOwner; // parent of the live connections
    bool secure = false;      // listening with TLS (listenSecure)
    QString prefix;
    bool keepAlive = true;
    RateLimiter bandwidth;

    QString siteName = u"Moodle Verify"_s;
    bool downloadFiles = true;
    bool uploadFiles = true;
    QList<std::pair<QString, QString>> functions; // name, version
    QSet<QString> disabledFunctions;
    int batchCalls = 0;         // tool_mobile_call_external_functions requests answered
    int latencyMs = 0;          // before each answer's first byte
    QStringList batchFunctions; // the calls the request being served carries, if a batch
    QHash<QString, WsFunction> implemented;

    QList<FakeUser> users;
    QHash<QString, int> tokens; // token → user id
    int tokenSerial = 0;

    std::map<int, Course> courses;
    std::map<int, Module> modules;
    std::map<int, Category> categories{{1, Category{1, u"Category 1"_s, 0}}};
    std::set<int> viewAllCourses; // users with moodle/course:view (a manager, a coordinator)
    int nextCategoryId = 2;
    int nextEnrolInstance = 9; // the fixtures' self-enrolment instance of course 4
    int nextCourseId = 2;
    int nextCmid = 1;
    int nextContextId = kFirstContextId;
    int nextSectionId = 1;
    int nextScoId = 1;
    int nextTrackId = 1;
    QHash<QString, int> lastInstance;

    std::map<int, Module> removedModules; // removeActivity(): out of the site, still on record

    std::map<std::pair<int, int>, std::pair<int, qint64>> completion; // (cmid, user) → state, time
    std::map<std::pair<int, int>, int> completionChanges; // (cmid, user) → changes by clients
    std::map<std::tuple<int, int, int>, std::map<QString, Track>> tracks; // (user, sco, attempt)
    std::map<std::tuple<int, int, int>, int> trackChanges; // (user, cmid, attempt) → writes
    std::map<std::pair<int, int>, qint64> lastAccess;      // (course, user)
    QList<FakeEvent> eventLog;                             // every user's, in order

    QList<Active> misbehaviours;
    QList<std::shared_ptr<FakeRequest>> log;
    int connections = 0;

    // --- Lookups

    QString siteUrl() const { return q->baseUrl().toString(QUrl::FullyEncoded); }
    QString pluginfileBase() const
    {
        return fileUrlBase.isEmpty() ? siteUrl() + u"/webservice/pluginfile.php"_s : fileUrlBase;
    }
    QString fileUrlBase; // setFileUrlBase()

    const FakeUser *userById(qint64 id) const
    {
        for (const FakeUser &user : users) {
            if (user.id == id)
                return &user;
        }
        return nullptr;
    }
    FakeUser *userByName(const QString &name)
    {
        for (FakeUser &user : users) {
            if (user.username == name)
                return &user;
        }
        return nullptr;
    }
    const FakeUser *userForToken(const QString &token) const
    {
        const auto it = tokens.constFind(token);
        return it == tokens.cend() || token.isEmpty() ? nullptr : userById(*it);
    }
    QString issueToken(const FakeUser &user)
    {
        for (auto it = tokens.cbegin(); it != tokens.cend(); ++it) {
            if (it.value() == user.id)
                return it.key(); // Moodle hands out the same token while it is valid
        }
        const QByteArray seed = "fakemoodle-token:"_ba + user.username.toUtf8() + ':'
                                + QByteArray::number(++tokenSerial);
        const QString token
            = QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Md5).toHex());
        tokens.insert(token, user.id);
        return token;
    }

    Course *course(qint64 id)
    {
        const auto it = courses.find(int(id));
        return it == courses.end() ? nullptr : &it->second;
    }
    Module *module(qint64 cmid)
    {
        const auto it = modules.find(int(cmid));
        return it == modules.end() ? nullptr : &it->second;
    }
    const Module *module(qint64 cmid) const
    {
        const auto it = modules.find(int(cmid));
        return it == modules.end() ? nullptr : &it->second;
    }
    // An activity of the site or one removed from it.
    const Module *anyModule(int cmid) const
    {
        if (const Module *m = module(cmid))
            return m;
        const auto it = removedModules.find(cmid);
        return it == removedModules.end() ? nullptr : &it->second;
    }
    Module *moduleByInstance(const QString &modName, qint64 instance)
    {
        for (auto &[cmid, m] : modules) {
            if (m.modName == modName && m.instance == instance)
                return &m;
        }
        return nullptr;
    }
    Module *moduleByContext(int contextId)
    {
        for (auto &[cmid, m] : modules) {
            if (m.contextId == contextId)
                return &m;
        }
        return nullptr;
    }
    Module *scormOfSco(qint64 scoId, const Sco **sco = nullptr)
    {
        for (auto &[cmid, m] : modules) {
            for (const Sco &s : m.scoes) {
                if (s.id == scoId) {
                    if (sco)
                        *sco = &s;
                    return &m;
                }
            }
        }
        return nullptr;
    }

    Module &checkedModule(int cmid)
    {
        Module *m = module(cmid);
        if (!m)
            qFatal("FakeMoodle: there is no module with cmid %d", cmid);
        return *m;
    }

    // --- Building the site

    Section &addSectionTo(Course &c, const QString &name)
    {
        Section section;
        section.id = nextSectionId++;
        section.number = int(c.sections.size());
        section.name = name;
        c.sections.append(section);
        return c.sections.last();
    }

    Module &addModule(int courseId, int sectionNumber, const QString &modName, const QString &name)
    {
        Course *c = course(courseId);
        if (!c)
            qFatal("FakeMoodle: there is no course %d", courseId);
        while (c->sections.size() <= sectionNumber)
            addSectionTo(*c, u"New section"_s);
        Module m;
        m.cmid = nextCmid++;
        m.courseId = courseId;
        m.sectionNumber = sectionNumber;
        m.instance = ++lastInstance[modName];
        m.contextId = nextContextId++;
        m.modName = modName;
        m.name = name;
        m.timeModified = currentTime();
        m.completion = modName == u"scorm"_s ? 2 : modName == u"label"_s ? 0 : 1;
        c->sections[sectionNumber].cmids.append(m.cmid);
        return modules[m.cmid] = m;
    }

    static SiteFile siteFile(const FakeFile &file, int sortOrder)
    {
        SiteFile f;
        f.fileName = file.fileName;
        f.filePath = file.filePath.isEmpty() ? u"/"_s : file.filePath;
        if (!f.filePath.startsWith(u'/'))
            f.filePath.prepend(u'/');
        if (!f.filePath.endsWith(u'/'))
            f.filePath.append(u'/');
        f.mimeType = file.mimeType;
        f.data = file.generatedSize >= 0 ? makeGenerated(file.generatedSize, file.seed)
                                         : makeData(file.content);
        f.timeModified = file.timeModified > 0 ? file.timeModified : currentTime();
        f.timeCreated = file.timeCreated > 0 ? file.timeCreated : f.timeModified;
        f.sortOrder = sortOrder;
        return f;
    }

    // --- Files

    static int fileCountOf(const Module &m)
    {
        return int(m.files.size()) + (m.modName == u"page"_s ? 1 : 0);
    }
    // Public file index → index in Module::files, -1 for a page's generated index.html, or
    // std::nullopt.
    static std::optional<int> fileIndexOf(const Module &m, int index)
    {
        if (m.modName == u"page"_s) {
            if (index == 0)
                return -1;
            --index;
        }
        if (index < 0 || index >= m.files.size())
            return std::nullopt;
        return index;
    }
    std::pair<Module *, int> checkedFile(int cmid, int index)
    {
        Module &m = checkedModule(cmid);
        const auto file = fileIndexOf(m, index);
        if (!file)
            qFatal("FakeMoodle: module %d has no file %d", cmid, index);
        return {&m, *file};
    }

    QString fileUrl(const Module &m, int file) const
    {
        const QString context = QString::number(m.contextId);
        if (file < 0)
            return pluginfileBase() + u'/' + context
                   + u"/mod_page/content/index.html?forcedownload=1"_s;
        const SiteFile &f = m.files[file];
        if (m.modName == u"scorm"_s) // mod_scorm_get_scorms_by_courses: item 0, no forcedownload
            return pluginfileBase()
                   + encodePath(u'/' + context + u"/mod_scorm/package/0"_s + f.filePath
                                + f.fileName);
        return pluginfileBase()
               + encodePath(u'/' + context + u"/mod_"_s + m.modName + u"/content/"_s
                            + QString::number(m.revision) + f.filePath + f.fileName)
               + u"?forcedownload=1"_s;
    }

    QByteArray pageHtml(const Module &m) const
    {
        QString html = m.html;
        html.replace(u"@@PLUGINFILE@@/"_s, pluginfileBase() + u'/' + QString::number(m.contextId)
                                               + u"/mod_page/content/"_s
                                               + QString::number(m.revision) + u'/');
        // format_text() with overflowdiv, as page_pluginfile() serves it.
        return (u"<div class=\"no-overflow\">"_s + html + u"</div>"_s).toUtf8();
    }

    DataPtr dataOf(const Module &m, int file) const
    {
        return file < 0 ? makeData(pageHtml(m)) : m.files[file].data;
    }

    void changeFile(Module &m, int file, bool newRevision,
                    const std::optional<QByteArray> &content = std::nullopt)
    {
        const qint64 now = currentTime();
        if (file < 0) {
            m.html = content ? QString::fromUtf8(*content) : m.html + u"<p>Updated.</p>"_s;
            m.timeModified = std::max(now, m.timeModified + 1);
        } else {
            SiteFile &f = m.files[file];
            f.data = content ? makeData(*content) : alteredData(*f.data);
            f.timeModified = std::max(now, f.timeModified + 1);
            m.timeModified = std::max(m.timeModified, f.timeModified);
            if (m.modName == u"scorm"_s)
                ++m.scormRevision;
        }
        if (newRevision)
            ++m.revision;
    }

    QList<std::pair<QString, DataPtr>> allFiles() const
    {
        QList<std::pair<QString, DataPtr>> files;
        for (const auto &[cmid, m] : modules) {
            for (int i = 0; i < fileCountOf(m); ++i) {
                const int file = *fileIndexOf(m, i);
                files.append({fileUrl(m, file), dataOf(m, file)});
            }
        }
        return files;
    }

    // --- Completion and SCORM tracks

    std::pair<int, qint64> completionOf(int cmid, int userId) const
    {
        const auto it = completion.find({cmid, userId});
        return it == completion.end() ? std::pair<int, qint64>(0, 0) : it->second;
    }
    // completion_info::update_state(): nothing happens when the state is the current one; a
    // change made by a client's call is counted.
    void changeCompletion(int cmid, int userId, int state)
    {
        const auto [current, time] = completionOf(cmid, userId);
        if (state == current)
            return;
        completion[{cmid, userId}] = {state, state == 0 ? 0 : current == 0 ? currentTime() : time};
        ++completionChanges[{cmid, userId}];
    }
    static Json completionDetails(const Module &m, int state)
    {
        if (m.completion != 2 || m.modName != u"scorm"_s)
            return Json::array();
        return Json::array({Json::object(
            {{u"rulename"_s, u"completionstatusrequired"_s},
             {u"rulevalue"_s, Json::object({{u"status"_s, state},
                                            {u"description"_s, u"Complete the activity"_s}})}})});
    }
    // core_enrol_get_users_courses' `progress`: PHP's ($completed / $count) * 100.
    Json progressOf(const Course &c, int userId) const
    {
        int total = 0;
        int done = 0;
        for (const auto &[cmid, m] : modules) {
            if (m.courseId != c.id || m.completion == 0)
                continue;
            ++total;
            if (completionOf(cmid, userId).first >= 1)
                ++done;
        }
        if (total == 0)
            return nullptr;
        if (done == 0)
            return 0;
        if (done == total)
            return 100;
        return double(done) / double(total) * 100.0;
    }

    // --- JSON of the site

    static QString privateAccessKeyOf(const FakeUser &user)
    {
        if (!user.privateAccessKey.isEmpty())
            return user.privateAccessKey;
        const QByteArray seed = "fakemoodle-key:"_ba + user.username.toUtf8();
        return QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Md5).toHex());
    }

    Json siteInfo(const FakeUser &user) const
    {
        Json list = Json::array();
        for (const auto &[name, version] : functions) {
            if (!disabledFunctions.contains(name))
                list.append(Json::object({{u"name"_s, name}, {u"version"_s, version}}));
        }
        Json features = Json::array();
        const std::pair<const char16_t *, int> advanced[] = {
            {u"usecomments", 1},          {u"usetags", 1},
            {u"enablenotes", 1},          {u"messaging", 1},
            {u"enableblogs", 1},          {u"enablecompletion", 1},
            {u"enablebadges", 1},         {u"messagingallusers", 0},
            {u"enablecustomreports", 1},  {u"enableglobalsearch", 0},
            {u"mnet_dispatcher_mode", 0}, {u"enablecompetencies", 1},
        };
        for (const auto &[name, value] : advanced)
            features.append(
                Json::object({{u"name"_s, QString::fromUtf16(name)}, {u"value"_s, value}}));
        return Json::object({
            {u"sitename"_s, siteName},
            {u"username"_s, user.username},
            {u"firstname"_s, user.firstName},
            {u"lastname"_s, user.lastName},
            {u"fullname"_s, user.firstName + u' ' + user.lastName},
            {u"lang"_s, u"en"_s},
            {u"userid"_s, user.id},
            {u"siteurl"_s, siteUrl()},
            {u"userpictureurl"_s, siteUrl() + u"/theme/image.php/boost/core/"_s
                                      + QString::number(kThemeRevision) + u"/u/f1"_s},
            {u"functions"_s, list},
            {u"downloadfiles"_s, downloadFiles ? 1 : 0},
            {u"uploadfiles"_s, uploadFiles ? 1 : 0},
            {u"release"_s, u"4.4.12+ (Build: 20251212)"_s},
            {u"version"_s, u"2024042212.01"_s},
            {u"mobilecssurl"_s, u""_s},
            {u"advancedfeatures"_s, features},
            {u"usercanmanageownfiles"_s, true},
            {u"userquota"_s, 104857600},
            {u"usermaxuploadfilesize"_s, 104857600},
            {u"userhomepage"_s, 1},
            {u"userprivateaccesskey"_s, privateAccessKeyOf(user)},
            {u"siteid"_s, 1},
            {u"sitecalendartype"_s, u"gregorian"_s},
            {u"usercalendartype"_s, u"gregorian"_s},
            {u"userissiteadmin"_s, false},
            {u"theme"_s, u"boost"_s},
            {u"limitconcurrentlogins"_s, 0},
            {u"policyagreed"_s, 0},
        });
    }

    Json courseJson(const Course &c, int userId) const
    {
        const auto access = lastAccess.find({c.id, userId});
        return Json::object({
            {u"id"_s, c.id},
            {u"shortname"_s, c.shortName},
            {u"fullname"_s, c.fullName},
            {u"displayname"_s, c.fullName},
            {u"enrolledusercount"_s, users.size()},
            {u"idnumber"_s, u""_s},
            {u"visible"_s, 1},
            {u"summary"_s, c.summary},
            {u"summaryformat"_s, 1},
            {u"format"_s, u"topics"_s},
            {u"courseimage"_s, siteUrl() + u"/pluginfile.php/"_s + QString::number(c.contextId)
                                   + u"/course/generated/course.svg"_s},
            {u"showgrades"_s, true},
            {u"lang"_s, u""_s},
            {u"enablecompletion"_s, true},
            {u"completionhascriteria"_s, false},
            {u"completionusertracked"_s, true},
            {u"category"_s, c.categoryId},
            {u"progress"_s, progressOf(c, userId)},
            {u"completed"_s, false},
            {u"startdate"_s, c.startDate},
            {u"enddate"_s, 0},
            {u"marker"_s, 0},
            {u"lastaccess"_s, access == lastAccess.end() ? Json() : Json(access->second)},
            {u"isfavourite"_s, false},
            {u"hidden"_s, false},
            {u"overviewfiles"_s, Json::array()},
            {u"showactivitydates"_s, false},
            {u"showcompletionconditions"_s, true},
            {u"timemodified"_s, c.timeModified},
        });
    }

    Json fileEntry(const Module &m, int file) const
    {
        const SiteFile &f = m.files[file];
        return Json::object({
            {u"type"_s, u"file"_s},
            {u"filename"_s, f.fileName},
            {u"filepath"_s, f.filePath},
            {u"filesize"_s, f.data->size()},
            {u"fileurl"_s, fileUrl(m, file)},
            {u"timecreated"_s, f.timeCreated},
            {u"timemodified"_s, f.timeModified},
            {u"sortorder"_s, f.sortOrder},
            {u"mimetype"_s, QString::fromLatin1(f.mimeType)},
            {u"isexternalfile"_s, false},
            {u"userid"_s, nullptr},
            {u"author"_s, nullptr},
            {u"license"_s, nullptr},
        });
    }

    // core_course_get_contents' `contents` and `contentsinfo`, for modules that export any.
    std::optional<std::pair<Json, Json>> contentsOf(const Module &m) const
    {
        Json contents = Json::array();
        qint64 totalSize = 0;
        qint64 lastModified = 0;
        QStringList mimeTypes;
        const auto addFile = [&](int file) {
            const SiteFile &f = m.files[file];
            contents.append(fileEntry(m, file));
            totalSize += f.data->size();
            lastModified = std::max(lastModified, f.timeModified);
            const QString mime = QString::fromLatin1(f.mimeType);
            if (!mimeTypes.contains(mime))
                mimeTypes.append(mime);
        };
        if (m.modName == u"page"_s) {
            // The page itself: generated, so no size, no creation time, no MIME type.
            contents.append(Json::object({
                {u"type"_s, u"file"_s},
                {u"filename"_s, u"index.html"_s},
                {u"filepath"_s, u"/"_s},
                {u"filesize"_s, 0},
                {u"fileurl"_s, fileUrl(m, -1)},
                {u"timecreated"_s, nullptr},
                {u"timemodified"_s, m.timeModified},
                {u"sortorder"_s, 1},
                {u"userid"_s, nullptr},
                {u"author"_s, nullptr},
                {u"license"_s, nullptr},
            }));
            lastModified = m.timeModified;
            for (int i = 0; i < m.files.size(); ++i)
                addFile(i);
        } else if (m.modName == u"resource"_s || m.modName == u"folder"_s) {
            for (int i = 0; i < m.files.size(); ++i)
                addFile(i);
        } else if (m.modName == u"url"_s) {
            contents.append(Json::object({
                {u"type"_s, u"url"_s},
                {u"filename"_s, m.name},
                {u"filepath"_s, nullptr},
                {u"filesize"_s, 0},
                {u"fileurl"_s, m.externalUrl},
                {u"timecreated"_s, nullptr},
                {u"timemodified"_s, m.timeModified},
                {u"sortorder"_s, nullptr},
                {u"userid"_s, nullptr},
                {u"author"_s, nullptr},
                {u"license"_s, nullptr},
            }));
            lastModified = m.timeModified;
        } else {
            return std::nullopt; // SCORM, forum, quiz…: no `contents`, no `contentsinfo`
        }
        Json mimes = Json::array();
        for (const QString &mime : std::as_const(mimeTypes))
            mimes.append(mime);
        const Json info = Json::object({
            {u"filescount"_s, contents.size()},
            {u"filessize"_s, totalSize},
            {u"lastmodified"_s, lastModified},
            {u"mimetypes"_s, mimes},
            {u"repositorytype"_s, u""_s},
        });
        return std::pair<Json, Json>(contents, info);
    }

    Json moduleJson(const Module &m, int userId) const
    {
        const QString site = siteUrl();
        const QString icon
            = m.modName == u"resource"_s && !m.files.isEmpty()
                  ? QString(u"core/"_s + QString::number(kThemeRevision) + u'/'
                            + fileIconOf(m.files.first().mimeType))
                  : QString(m.modName + u'/' + QString::number(kThemeRevision) + u"/monologo"_s);
        Json json = Json::object({
            {u"id"_s, m.cmid},
            {u"url"_s,
             site + u"/mod/"_s + m.modName + u"/view.php?id="_s + QString::number(m.cmid)},
            {u"name"_s, m.name},
            {u"instance"_s, m.instance},
            {u"contextid"_s, m.contextId},
            {u"visible"_s, 1},
            {u"uservisible"_s, true},
            {u"visibleoncoursepage"_s, 1},
            {u"modicon"_s, site + u"/theme/image.php/boost/"_s + icon + u"?filtericon=1"_s},
            {u"modname"_s, m.modName},
            {u"purpose"_s, purposeOf(m.modName)},
            {u"branded"_s, false},
            {u"modplural"_s, pluralOf(m.modName)},
            {u"indent"_s, 0},
            {u"onclick"_s, u""_s},
            {u"afterlink"_s, nullptr},
        });
        if (m.modName == u"resource"_s)
            json.insert(u"activitybadge"_s, Json::array());
        json.insert(u"customdata"_s, fixedCustomData(m.modName));
        json.insert(u"noviewlink"_s, m.modName == u"label"_s);
        json.insert(u"completion"_s, m.completion);
        if (m.completion != 0) {
            const auto [state, time] = completionOf(m.cmid, userId);
            json.insert(u"completiondata"_s, Json::object({
                                                 {u"state"_s, state},
                                                 {u"timecompleted"_s, time},
                                                 {u"overrideby"_s, nullptr},
                                                 {u"valueused"_s, false},
                                                 {u"hascompletion"_s, true},
                                                 {u"isautomatic"_s, m.completion == 2},
                                                 {u"istrackeduser"_s, true},
                                                 {u"uservisible"_s, true},
                                                 {u"details"_s, completionDetails(m, state)},
                                                 {u"isoverallcomplete"_s, state >= 1},
                                             }));
        }
        json.insert(u"downloadcontent"_s, 1);
        json.insert(u"dates"_s, Json::array());
        json.insert(u"groupmode"_s, 0);
        if (const auto contents = contentsOf(m)) {
            json.insert(u"contents"_s, contents->first);
            json.insert(u"contentsinfo"_s, contents->second);
        }
        return json;
    }

    Json scormJson(const Module &m) const
    {
        const SiteFile &package = m.files.first();
        return Json::object({
            {u"id"_s, m.instance},
            {u"coursemodule"_s, m.cmid},
            {u"course"_s, m.courseId},
            {u"name"_s, m.name},
            {u"intro"_s, m.intro},
            {u"introformat"_s, 1},
            {u"introfiles"_s, Json::array()},
            {u"lang"_s, u""_s},
            {u"packagesize"_s, package.data->size()},
            {u"packageurl"_s, fileUrl(m, 0)},
            {u"version"_s, u"SCORM_1.2"_s},
            {u"maxgrade"_s, 100},
            {u"grademethod"_s, 0},
            {u"whatgrade"_s, 0},
            {u"maxattempt"_s, 0},
            {u"forcecompleted"_s, false},
            {u"forcenewattempt"_s, 0},
            {u"lastattemptlock"_s, false},
            {u"displayattemptstatus"_s, 1},
            {u"displaycoursestructure"_s, false},
            {u"sha1hash"_s, QString::fromLatin1(package.data->sha1Hex())},
            {u"md5hash"_s, u""_s},
            {u"revision"_s, m.scormRevision},
            {u"launch"_s, m.launchSco},
            {u"skipview"_s, 0},
            {u"hidebrowse"_s, false},
            {u"hidetoc"_s, 0},
            {u"nav"_s, 1},
            {u"navpositionleft"_s, -100},
            {u"navpositiontop"_s, -100},
            {u"auto"_s, m.autoContinue},
            {u"popup"_s, 0},
            {u"width"_s, 100},
            {u"height"_s, 500},
            {u"timeopen"_s, 0},
            {u"timeclose"_s, 0},
            {u"scormtype"_s, u"local"_s},
            {u"reference"_s, m.reference},
            {u"protectpackagedownloads"_s, false},
        });
    }

    static Json scoJson(const Module &m, const Sco &s)
    {
        Json extra = Json::array();
        for (const auto &[element, value] : s.extraData)
            extra.append(Json::object({{u"element"_s, element}, {u"value"_s, value}}));
        return Json::object({
            {u"id"_s, s.id},
            {u"scorm"_s, m.instance},
            {u"manifest"_s, s.manifest},
            {u"organization"_s, s.organization},
            {u"parent"_s, s.parent},
            {u"identifier"_s, s.identifier},
            {u"launch"_s, s.launch},
            {u"scormtype"_s, s.scormType},
            {u"title"_s, s.title},
            {u"sortorder"_s, s.sortOrder},
            {u"extradata"_s, extra},
        });
    }

    static Json statusOk()
    {
        return Json::object({{u"status"_s, true}, {u"warnings"_s, Json::array()}});
    }

    // --- Web service functions

    void registerFunctions()
    {
        using Handler = WsResult (Private::*)(const Params &, const FakeUser &);
        const std::pair<QString, Handler> handlers[] = {
            {u"core_webservice_get_site_info"_s, &Private::getSiteInfo},
            {u"core_enrol_get_users_courses"_s, &Private::usersCourses},
            {u"core_course_get_contents"_s, &Private::courseContents},
            {u"core_course_view_course"_s, &Private::viewCourse},
            {u"mod_scorm_get_scorms_by_courses"_s, &Private::scormsByCourses},
            {u"mod_scorm_get_scorm_scoes"_s, &Private::scormScoes},
            {u"mod_scorm_get_scorm_attempt_count"_s, &Private::attemptCount},
            {u"mod_scorm_insert_scorm_tracks"_s, &Private::insertTracks},
            {u"mod_scorm_get_scorm_sco_tracks"_s, &Private::scoTracks},
            {u"core_completion_update_activity_completion_status_manually"_s,
             &Private::updateCompletion},
            {u"core_completion_get_activities_completion_status"_s, &Private::completionStatus},
            {u"tool_mobile_call_external_functions"_s, &Private::callExternalFunctions},
            {u"core_course_get_courses_by_field"_s, &Private::coursesByField},
            {u"core_course_search_courses"_s, &Private::searchCourses},
            {u"core_course_get_categories"_s, &Private::getCategories},
            {u"core_enrol_get_course_enrolment_methods"_s, &Private::enrolmentMethods},
            {u"enrol_self_enrol_user"_s, &Private::selfEnrolUser},
        };
        for (const auto &[name, handler] : handlers) {
            implemented.insert(name, [this, handler](const Params &p, const FakeUser &user) {
                return (this->*handler)(p, user);
            });
        }
        // mod_<name>_view_<name>(<name>id): {"status":true} and a view event if the instance is
        // there (the module's table has no such record otherwise).
        for (const QString &modName :
             {u"page"_s, u"resource"_s, u"folder"_s, u"book"_s, u"url"_s, u"scorm"_s}) {
            const QString function = u"mod_"_s + modName + u"_view_"_s + modName;
            implemented.insert(
                function,
                [this, modName, function](const Params &p, const FakeUser &user) -> WsResult {
                    const auto id = p.integer(modName + u"id"_s);
                    if (!id)
                        return invalidParameter();
                    if (!moduleByInstance(modName, *id))
                        return missingRecord(modName);
                    logEvent(function, int(*id), user.id);
                    return statusOk();
                });
        }
    }

    // tool_mobile_call_external_functions: requests[i][function] and requests[i][arguments] (a
    // JSON object as a string); each runs as if called alone, a failure does not stop the rest,
    // and each answer is a JSON string to decode again (batch_call.json).
    WsResult callExternalFunctions(const Params &p, const FakeUser &user)
    {
        const QList<QMap<QString, QString>> requests = p.structs(u"requests"_s);
        if (requests.isEmpty())
            return invalidParameter();
        Json responses = Json::array();
        for (const QMap<QString, QString> &request : requests) {
            const QString function = request.value(u"function"_s);
            QJsonParseError parseError;
            const QJsonDocument arguments = QJsonDocument::fromJson(
                request.value(u"arguments"_s, u"{}"_s).toUtf8(), &parseError);
            WsResult result;
            const bool inService = std::any_of(functions.cbegin(), functions.cend(),
                                               [&](const auto &f) { return f.first == function; });
            const auto handler = implemented.constFind(function);
            if (parseError.error != QJsonParseError::NoError || !arguments.isObject())
                result = invalidParameter();
            else if (!inService || disabledFunctions.contains(function)
                     || function == u"tool_mobile_call_external_functions"_s
                     || handler == implemented.cend())
                result = WsError{u"webservice_access_exception"_s, u"accessexception"_s,
                                 u"Access control exception"_s};
            else
                result = (*handler)(flattened(arguments.object()), user);
            // Each call is logged after its batch as if it came alone (no bytes of its own).
            auto inner = std::make_shared<FakeRequest>();
            inner->method = "POST"_ba;
            inner->path = prefix + u"/webservice/rest/server.php"_s;
            inner->function = function;
            inner->batch = u"tool_mobile_call_external_functions"_s;
            inner->params = flattened(arguments.object()).items;
            inner->status = 200;
            log.append(inner);
            if (const auto *error = std::get_if<WsError>(&result)) {
                const Json exception = Json::object({
                    {u"message"_s, error->message},
                    {u"errorcode"_s, error->errorCode},
                    {u"link"_s, siteUrl() + u'/'},
                    {u"moreinfourl"_s,
                     u"https://docs.moodle.org/404/en/error/moodle/"_s + error->errorCode},
                });
                responses.append(Json::object(
                    {{u"error"_s, true}, {u"exception"_s, QString::fromUtf8(exception.toJson())}}));
            } else {
                responses.append(Json::object(
                    {{u"error"_s, false},
                     {u"data"_s, QString::fromUtf8(std::get<Json>(result).toJson())}}));
            }
        }
        ++batchCalls;
        return Json::object({{u"responses"_s, responses}});
    }

    // A JSON object of arguments as the form fields PHP would have read (tracks[0][element]).
    static Params flattened(const QJsonObject &arguments)
    {
        Params params;
        std::function<void(const QString &, const QJsonValue &)> add;
        add = [&](const QString &key, const QJsonValue &value) {
            if (value.isArray()) {
                const QJsonArray array = value.toArray();
                for (qsizetype i = 0; i < array.size(); ++i)
                    add(u"%1[%2]"_s.arg(key).arg(i), array.at(i));
            } else if (value.isObject()) {
                const QJsonObject object = value.toObject();
                for (auto it = object.begin(); it != object.end(); ++it)
                    add(u"%1[%2]"_s.arg(key, it.key()), it.value());
            } else if (value.isBool()) {
                params.items.append({key, value.toBool() ? u"1"_s : u"0"_s});
            } else if (value.isDouble()) {
                params.items.append({key, QString::number(value.toInteger())});
            } else {
                params.items.append({key, value.toString()});
            }
        };
        for (auto it = arguments.begin(); it != arguments.end(); ++it)
            add(it.key(), it.value());
        return params;
    }

    void logEvent(const QString &function, int instanceId, int userId)
    {
        eventLog.append(FakeEvent{function, instanceId, currentTime(), userId});
    }

    WsResult getSiteInfo(const Params &, const FakeUser &user) { return siteInfo(user); }

    WsResult viewCourse(const Params &p, const FakeUser &user)
    {
        const auto id = p.integer(u"courseid"_s);
        if (!id)
            return invalidParameter();
        if (!course(*id))
            return missingRecord(u"course"_s);
        lastAccess[{int(*id), user.id}] = currentTime();
        logEvent(u"core_course_view_course"_s, int(*id), user.id);
        return statusOk();
    }

    WsResult usersCourses(const Params &p, const FakeUser &)
    {
        const auto userId = p.integer(u"userid"_s);
        if (!userId)
            return invalidParameter();
        const FakeUser *user = userById(*userId);
        if (!user)
            return missingRecord(u"user"_s);
        Json list = Json::array();
        for (const auto &[id, c] : courses) {
            if (enrolled(c, user->id))
                list.append(courseJson(c, user->id));
        }
        return list;
    }

    // --- The catalogue and enrolment

    static bool enrolled(const Course &c, int userId) { return !c.notEnrolled.count(userId); }
    bool canAccess(const Course &c, int userId) const
    {
        return enrolled(c, userId) || viewAllCourses.count(userId);
    }
    static WsError notEnrolledError()
    {
        return {u"require_login_exception"_s, u"requireloginerror"_s,
                u"Course or activity not accessible. (Not enrolled)"_s};
    }
    QString categoryName(int id) const
    {
        const auto it = categories.find(id);
        return it == categories.end() ? QString() : it->second.name;
    }
    // Moodle numbers a category's courses from its sortorder down: the newest is first.
    int sortOrderOf(const Course &c) const
    {
        int after = 0;
        for (const auto &[id, other] : courses) {
            if (other.categoryId == c.categoryId && id >= c.id)
                ++after;
        }
        return 10000 * categories.count(c.categoryId) + after;
    }
    QStringList enrolmentMethodsOf(const Course &c) const
    {
        QStringList methods{u"manual"_s};
        if (c.selfInstance)
            methods.append(u"self"_s);
        return methods;
    }
    static Json filtersJson()
    {
        Json filters = Json::array();
        for (const QString &name : {u"displayh5p"_s, u"activitynames"_s, u"mathjaxloader"_s,
                                    u"emoticon"_s, u"urltolink"_s, u"mediaplugin"_s})
            filters.append(Json::object(
                {{u"filter"_s, name}, {u"localstate"_s, 0}, {u"inheritedstate"_s, 1}}));
        return filters;
    }
    // core_course_get_courses_by_field's and core_course_search_courses' entry: a course the
    // user cannot enter is described by its summary only (courses_by_field_all.json's SELF301).
    Json catalogueJson(const Course &c, int userId, bool full) const
    {
        Json methods = Json::array();
        for (const QString &method : enrolmentMethodsOf(c))
            methods.append(method);
        Json json = Json::object({
            {u"id"_s, c.id},
            {u"fullname"_s, c.fullName},
            {u"displayname"_s, c.fullName},
            {u"shortname"_s, c.shortName},
            {u"courseimage"_s, siteUrl() + u"/pluginfile.php/"_s + QString::number(c.contextId)
                                   + u"/course/generated/course.svg"_s},
            {u"categoryid"_s, c.categoryId},
            {u"categoryname"_s, categoryName(c.categoryId)},
            {u"sortorder"_s, sortOrderOf(c)},
            {u"summary"_s, c.summary},
            {u"summaryformat"_s, 1},
            {u"summaryfiles"_s, Json::array()},
            {u"overviewfiles"_s, Json::array()},
            {u"showactivitydates"_s, false},
            {u"showcompletionconditions"_s, true},
            {u"contacts"_s, Json::array()},
            {u"enrollmentmethods"_s, methods},
        });
        if (!full || !canAccess(c, userId))
            return json;
        addDetails(json, u"topics"_s, 0, c.startDate, 1);
        json.insert(
            u"courseformatoptions"_s,
            Json::array({Json::object({{u"name"_s, u"hiddensections"_s}, {u"value"_s, 1}}),
                         Json::object({{u"name"_s, u"coursedisplay"_s}, {u"value"_s, 0}}),
                         Json::object({{u"name"_s, u"indentation"_s}, {u"value"_s, u"1"_s}})}));
        return json;
    }
    // What the full form adds to the summary of a course, in the recorded order.
    static void addDetails(Json &json, const QString &format, int newsItems, qint64 startDate,
                           int enableCompletion)
    {
        const std::pair<QString, Json> details[] = {
            {u"format"_s, format},
            {u"showgrades"_s, 1},
            {u"newsitems"_s, newsItems},
            {u"startdate"_s, startDate},
            {u"enddate"_s, 0},
            {u"maxbytes"_s, 0},
            {u"showreports"_s, 0},
            {u"visible"_s, 1},
            {u"groupmode"_s, 0},
            {u"groupmodeforce"_s, 0},
            {u"defaultgroupingid"_s, 0},
            {u"enablecompletion"_s, enableCompletion},
            {u"completionnotify"_s, 0},
            {u"lang"_s, u""_s},
            {u"theme"_s, u""_s},
            {u"marker"_s, 0},
            {u"filters"_s, filtersJson()},
        };
        for (const auto &[key, value] : details)
            json.insert(key, value);
    }
    // The front page, a course to Moodle (courses_by_field_all.json's first entry).
    Json siteCourseJson() const
    {
        Json json = Json::object({
            {u"id"_s, 1},
            {u"fullname"_s, siteName},
            {u"displayname"_s, siteName},
            {u"shortname"_s, u"clikc-live"_s},
            {u"courseimage"_s, siteUrl() + u"/pluginfile.php/2/course/generated/course.svg"_s},
            {u"categoryid"_s, 0},
            {u"categoryname"_s, u""_s},
            {u"sortorder"_s, 1},
            {u"summary"_s, u""_s},
            {u"summaryformat"_s, 0},
            {u"summaryfiles"_s, Json::array()},
            {u"overviewfiles"_s, Json::array()},
            {u"showactivitydates"_s, false},
            {u"showcompletionconditions"_s, nullptr},
            {u"contacts"_s, Json::array()},
            {u"enrollmentmethods"_s, Json::array()},
        });
        addDetails(json, u"site"_s, 3, 0, 0);
        return json;
    }

    // field: none (every course, the front page first), id, ids (comma-separated), shortname,
    // category. Courses the user may not enter are listed too, by their summary.
    WsResult coursesByField(const Params &p, const FakeUser &user)
    {
        const QString field = p.value(u"field"_s);
        const QString value = p.value(u"value"_s).trimmed();
        std::function<bool(const Course &)> wanted;
        if (field.isEmpty()) {
            wanted = [](const Course &) {
                return true;
            };
        } else if (field == u"id"_s || field == u"ids"_s) {
            QSet<int> ids;
            for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
                bool ok = false;
                const int id = part.trimmed().toInt(&ok);
                if (!ok)
                    return invalidParameter();
                ids.insert(id);
            }
            if (ids.isEmpty() || (field == u"id"_s && ids.size() != 1))
                return invalidParameter();
            wanted = [ids](const Course &c) {
                return ids.contains(c.id);
            };
        } else if (field == u"shortname"_s) {
            wanted = [value](const Course &c) {
                return c.shortName == value;
            };
        } else if (field == u"category"_s) {
            bool ok = false;
            const int category = value.toInt(&ok);
            if (!ok)
                return invalidParameter();
            wanted = [category](const Course &c) {
                return c.categoryId == category;
            };
        } else {
            return invalidParameter();
        }
        Json list = Json::array();
        if (field.isEmpty())
            list.append(siteCourseJson());
        for (const auto &[id, c] : courses) {
            if (wanted(c))
                list.append(catalogueJson(c, user.id, true));
        }
        return Json::object({{u"courses"_s, list}, {u"warnings"_s, Json::array()}});
    }

    // criterianame=search: every term in the full name, short name or summary. As recorded
    // (search_courses.json), the courses the user is enrolled in are not among the results.
    WsResult searchCourses(const Params &p, const FakeUser &user)
    {
        if (p.value(u"criterianame"_s) != u"search"_s)
            return invalidParameter();
        const QStringList terms
            = p.value(u"criteriavalue"_s).simplified().split(u' ', Qt::SkipEmptyParts);
        if (terms.isEmpty())
            return invalidParameter();
        const int page = int(p.integer(u"page"_s).value_or(0));
        const int perPage = int(p.integer(u"perpage"_s).value_or(0));
        QList<const Course *> found;
        for (auto it = courses.crbegin(); it != courses.crend(); ++it) {
            const Course &c = it->second;
            if (enrolled(c, user.id))
                continue;
            const QString text = c.fullName + u' ' + c.shortName + u' ' + c.summary;
            if (std::all_of(terms.cbegin(), terms.cend(), [&](const QString &term) {
                    return text.contains(term, Qt::CaseInsensitive);
                }))
                found.append(&c);
        }
        Json list = Json::array();
        const int first = perPage > 0 ? page * perPage : 0;
        const int end
            = perPage > 0 ? std::min<int>(found.size(), first + perPage) : int(found.size());
        for (int i = first; i < end; ++i)
            list.append(catalogueJson(*found.at(i), user.id, false));
        return Json::object({{u"total"_s, int(found.size())},
                             {u"courses"_s, list},
                             {u"warnings"_s, Json::array()}});
    }

    WsResult getCategories(const Params &, const FakeUser &)
    {
        Json list = Json::array();
        for (const auto &[id, category] : categories) {
            int count = 0;
            for (const auto &[courseId, c] : courses)
                count += c.categoryId == id ? 1 : 0;
            QString path;
            int depth = 0;
            for (int at = id; at; at = categories.at(at).parent) {
                path.prepend(u'/' + QString::number(at));
                ++depth;
            }
            list.append(Json::object({
                {u"id"_s, id},
                {u"name"_s, category.name},
                {u"description"_s, u""_s},
                {u"descriptionformat"_s, 1},
                {u"parent"_s, category.parent},
                {u"sortorder"_s, 10000 * id},
                {u"coursecount"_s, count},
                {u"depth"_s, depth},
                {u"path"_s, path},
            }));
        }
        return list;
    }

    // The instances a learner may enrol through (self only here); once enrolled, the status is
    // the reason the plugin gives instead of true, as Moodle's get_enrol_info() does.
    WsResult enrolmentMethods(const Params &p, const FakeUser &user)
    {
        const auto id = p.integer(u"courseid"_s);
        if (!id)
            return invalidParameter();
        const Course *c = course(*id);
        if (!c)
            return missingRecord(u"course"_s);
        Json list = Json::array();
        if (c->selfInstance) {
            Json status = c->selfOpen && !enrolled(*c, user.id)
                              ? Json(true)
                              : Json(u"Enrolment is disabled or inactive"_s);
            list.append(Json::object({{u"id"_s, c->selfInstance},
                                      {u"courseid"_s, c->id},
                                      {u"type"_s, u"self"_s},
                                      {u"name"_s, u"Self enrolment (Student)"_s},
                                      {u"status"_s, status}}));
        }
        return list;
    }

    // self_enrol.json, and self_enrol_again.json once enrolled.
    WsResult selfEnrolUser(const Params &p, const FakeUser &user)
    {
        const auto id = p.integer(u"courseid"_s);
        if (!id)
            return invalidParameter();
        Course *c = course(*id);
        if (!c)
            return missingRecord(u"course"_s);
        const auto instance = p.integer(u"instanceid"_s);
        if (!c->selfInstance || (instance && *instance != c->selfInstance))
            return WsError{u"moodle_exception"_s, u"canntenrol"_s,
                           u"Enrolment is disabled or inactive"_s};
        if (!c->selfOpen || enrolled(*c, user.id)) {
            return Json::object(
                {{u"status"_s, false},
                 {u"warnings"_s, Json::array({Json::object(
                                     {{u"item"_s, u"instance"_s},
                                      {u"itemid"_s, c->selfInstance},
                                      {u"warningcode"_s, u"1"_s},
                                      {u"message"_s, u"Enrolment is disabled or inactive"_s}})})}});
        }
        c->notEnrolled.erase(user.id);
        return statusOk();
    }

    WsResult courseContents(const Params &p, const FakeUser &user)
    {
        const auto id = p.integer(u"courseid"_s);
        if (!id)
            return invalidParameter();
        const Course *c = course(*id);
        if (!c)
            return missingRecord(u"course"_s);
        if (!canAccess(*c, user.id))
            return notEnrolledError();
        Json sections = Json::array();
        for (const Section &section : c->sections) {
            Json list = Json::array();
            for (const int cmid : section.cmids)
                list.append(moduleJson(modules.at(cmid), user.id));
            sections.append(Json::object({
                {u"id"_s, section.id},
                {u"name"_s, section.name},
                {u"visible"_s, 1},
                {u"summary"_s, u""_s},
                {u"summaryformat"_s, 1},
                {u"section"_s, section.number},
                {u"hiddenbynumsections"_s, 0},
                {u"uservisible"_s, true},
                {u"modules"_s, list},
            }));
        }
        return sections;
    }

    WsResult scormsByCourses(const Params &p, const FakeUser &)
    {
        QList<int> ids;
        Json warnings = Json::array();
        const QStringList given = p.list(u"courseids"_s);
        for (const QString &text : given) {
            bool ok = false;
            const int id = text.trimmed().toInt(&ok);
            if (!ok)
                return invalidParameter();
            if (course(id)) {
                ids.append(id);
            } else {
                warnings.append(Json::object({
                    {u"item"_s, u"course"_s},
                    {u"itemid"_s, id},
                    {u"warningcode"_s, u"1"_s},
                    {u"message"_s, u"No access rights in course context"_s},
                }));
            }
        }
        if (given.isEmpty()) {
            for (const auto &[id, c] : courses)
                ids.append(id);
        }
        Json scorms = Json::array();
        for (const auto &[cmid, m] : modules) {
            if (m.modName == u"scorm"_s && ids.contains(m.courseId) && !m.files.isEmpty())
                scorms.append(scormJson(m));
        }
        return Json::object({
            {u"scorms"_s, scorms},
            {u"options"_s,
             Json::array({Json::object({{u"name"_s, u"scormstandard"_s}, {u"value"_s, u"0"_s}})})},
            {u"warnings"_s, warnings},
        });
    }

    WsResult scormScoes(const Params &p, const FakeUser &)
    {
        const auto id = p.integer(u"scormid"_s);
        if (!id)
            return invalidParameter();
        const Module *m = moduleByInstance(u"scorm"_s, *id);
        if (!m)
            return missingRecord(u"scorm"_s);
        Json list = Json::array();
        for (const Sco &sco : m->scoes)
            list.append(scoJson(*m, sco));
        return Json::object({{u"scoes"_s, list}, {u"warnings"_s, Json::array()}});
    }

    QSet<int> attemptsOf(const Module &m, int userId) const
    {
        QSet<int> attempts;
        for (const auto &[key, values] : tracks) {
            const auto &[user, scoId, attempt] = key;
            if (user != userId || values.empty())
                continue;
            for (const Sco &sco : m.scoes) {
                if (sco.id == scoId)
                    attempts.insert(attempt);
            }
        }
        return attempts;
    }

    WsResult attemptCount(const Params &p, const FakeUser &user)
    {
        const auto id = p.integer(u"scormid"_s);
        const auto userId = p.integer(u"userid"_s);
        if (!id || !userId)
            return invalidParameter();
        const Module *m = moduleByInstance(u"scorm"_s, *id);
        if (!m)
            return missingRecord(u"scorm"_s);
        if (!userById(*userId))
            return missingRecord(u"user"_s);
        if (*userId != user.id) // mod/scorm:viewreport, which a student lacks
            return noPermission(u"View reports"_s);
        return Json::object({{u"attemptscount"_s, attemptsOf(*m, int(*userId)).size()},
                             {u"warnings"_s, Json::array()}});
    }

    WsResult insertTracks(const Params &p, const FakeUser &user)
    {
        const auto scoId = p.integer(u"scoid"_s);
        const auto attempt = p.integer(u"attempt"_s);
        const QList<QMap<QString, QString>> given = p.structs(u"tracks"_s);
        if (!scoId || !attempt)
            return invalidParameter();
        for (const auto &track : given) {
            if (!track.contains(u"element"_s) || !track.contains(u"value"_s))
                return invalidParameter();
        }
        Module *m = scormOfSco(*scoId);
        if (!m)
            return cannotFindSco();
        const qint64 now = currentTime();
        auto &stored = tracks[{user.id, int(*scoId), int(*attempt)}];
        if (stored.empty())
            stored[u"x.start.time"_s] = Track{nextTrackId++, QString::number(now), now};
        int &changes = trackChanges[{user.id, m->cmid, int(*attempt)}];
        Json ids = Json::array();
        for (const auto &track : given) {
            const QString element = track.value(u"element"_s);
            const QString value = track.value(u"value"_s);
            // scorm_insert_track(): the record is updated (its time too) whatever the value.
            auto it = stored.find(element);
            if (it == stored.end()) {
                it = stored.emplace(element, Track{nextTrackId++, value, now}).first;
                ++changes;
            } else if (it->second.value != value) {
                ++changes;
            }
            it->second.value = value;
            it->second.timeModified = now;
            ids.append(it->second.id);
            const bool statusElement
                = element == u"cmi.core.lesson_status"_s || element == u"cmi.completion_status"_s;
            if (statusElement && (value == u"completed"_s || value == u"passed"_s)
                && m->completion == 2)
                changeCompletion(m->cmid, user.id, 1);
        }
        return Json::object({{u"trackids"_s, ids}, {u"warnings"_s, Json::array()}});
    }

    WsResult scoTracks(const Params &p, const FakeUser &user)
    {
        const auto scoId = p.integer(u"scoid"_s);
        const auto userId = p.integer(u"userid"_s);
        if (!scoId || !userId)
            return invalidParameter();
        Module *m = scormOfSco(*scoId);
        if (!m)
            return cannotFindSco();
        if (!userById(*userId))
            return missingRecord(u"user"_s);
        if (*userId != user.id) // mod/scorm:viewreport, which a student lacks
            return noPermission(u"View reports"_s);
        int attempt = int(p.integer(u"attempt"_s).value_or(0));
        if (attempt <= 0) {
            const QSet<int> attempts = attemptsOf(*m, int(*userId));
            attempt = attempts.isEmpty() ? 1 : *std::max_element(attempts.begin(), attempts.end());
        }
        Json list = Json::array();
        Json warnings = Json::array();
        const auto found = tracks.find({int(*userId), int(*scoId), attempt});
        if (found == tracks.end() || found->second.empty()) {
            warnings.append(Json::object({
                {u"item"_s, u"attempt"_s},
                {u"itemid"_s, attempt},
                {u"warningcode"_s, u"notattempted"_s},
                {u"message"_s, u"Not attempted"_s},
            }));
        } else {
            // scorm_get_tracks(): a few derived values first, then every element.
            Json scoreRaw = u""_s;
            QString status;
            QString totalTime = u"00:00:00"_s;
            QString sessionTime = u"00:00:00"_s;
            qint64 modified = 0;
            for (const auto &[element, track] : found->second) {
                if (element == u"cmi.core.lesson_status"_s || element == u"cmi.completion_status"_s)
                    status = track.value == u"not attempted"_s ? u"notattempted"_s : track.value;
                else if (element == u"cmi.core.score.raw"_s || element == u"cmi.score.raw"_s) {
                    const double score = std::round(track.value.toDouble() * 100.0) / 100.0;
                    scoreRaw = score == std::floor(score) ? Json(qint64(score)) : Json(score);
                } else if (element == u"cmi.core.session_time"_s
                           || element == u"cmi.session_time"_s)
                    sessionTime = track.value;
                else if (element == u"cmi.core.total_time"_s || element == u"cmi.total_time"_s)
                    totalTime = track.value;
                modified = std::max(modified, track.timeModified);
            }
            const auto add = [&](const QString &element, const Json &value) {
                list.append(Json::object({{u"element"_s, element}, {u"value"_s, value}}));
            };
            add(u"score_raw"_s, scoreRaw);
            add(u"status"_s, status);
            add(u"total_time"_s, totalTime);
            add(u"session_time"_s, sessionTime);
            add(u"timemodified"_s, QString::number(modified));
            for (const auto &[element, track] : found->second)
                add(element, track.value);
            add(u"userid"_s, *userId);
            add(u"scoid"_s, QString::number(*scoId));
        }
        return Json::object({
            {u"data"_s, Json::object({{u"attempt"_s, attempt}, {u"tracks"_s, list}})},
            {u"warnings"_s, warnings},
        });
    }

    WsResult updateCompletion(const Params &p, const FakeUser &user)
    {
        const auto cmid = p.integer(u"cmid"_s);
        const auto completed = p.boolean(u"completed"_s);
        if (!cmid || !completed)
            return invalidParameter();
        const Module *m = module(*cmid);
        if (!m) // get_course_and_cm_from_cmid(), as recorded in batch_call.json
            return WsError{u"moodle_exception"_s, u"invalidcoursemodule"_s,
                           u"Invalid course module ID"_s};
        if (m->completion != 1)
            return WsError{u"moodle_exception"_s, u"cannotmanualctrack"_s,
                           u"Activity does not provide manual completion tracking"_s};
        changeCompletion(m->cmid, user.id, *completed ? 1 : 0);
        return statusOk();
    }

    WsResult completionStatus(const Params &p, const FakeUser &user)
    {
        const auto courseId = p.integer(u"courseid"_s);
        const auto userId = p.integer(u"userid"_s);
        if (!courseId || !userId)
            return invalidParameter();
        const Course *c = course(*courseId);
        if (!c)
            return missingRecord(u"course"_s);
        if (!userById(*userId))
            return missingRecord(u"user"_s);
        if (*userId != user.id) // report/progress:view, which a student lacks
            return noPermission(u"View activity completion reports"_s);
        Json statuses = Json::array();
        for (const Section &section : c->sections) {
            for (const int cmid : section.cmids) {
                const Module &m = modules.at(cmid);
                if (m.completion == 0)
                    continue;
                const auto [state, time] = completionOf(cmid, int(*userId));
                statuses.append(Json::object({
                    {u"cmid"_s, m.cmid},
                    {u"modname"_s, m.modName},
                    {u"instance"_s, m.instance},
                    {u"state"_s, state},
                    {u"timecompleted"_s, time},
                    {u"tracking"_s, m.completion},
                    {u"overrideby"_s, nullptr},
                    {u"valueused"_s, false},
                    {u"hascompletion"_s, true},
                    {u"isautomatic"_s, m.completion == 2},
                    {u"istrackeduser"_s, true},
                    {u"uservisible"_s, true},
                    {u"details"_s, completionDetails(m, state)},
                    {u"isoverallcomplete"_s, state >= 1},
                }));
            }
        }
        return Json::object({{u"statuses"_s, statuses}, {u"warnings"_s, Json::array()}});
    }

    // --- Answers

    // core_renderer_ajax::header(): what login/token.php and pluginfile.php errors carry.
    static void addAjaxHeaders(Response &r)
    {
        r.addHeader("Content-type"_ba, "application/json; charset=utf-8"_ba);
        r.addHeader("Cache-Control"_ba, "no-store, no-cache, must-revalidate"_ba);
        r.addHeader("Cache-Control"_ba, "post-check=0, pre-check=0"_ba);
        r.addHeader("Pragma"_ba, "no-cache"_ba);
        r.addHeader("Expires"_ba, "Mon, 20 Aug 1969 09:23:00 GMT"_ba);
        r.addHeader("Last-Modified"_ba, httpDate(currentTime()));
        r.addHeader("Accept-Ranges"_ba, "none"_ba);
    }

    static Response ajaxError(const QString &message, const QString &errorCode, int status = 200)
    {
        Response r;
        r.status = status;
        addAjaxHeaders(r);
        r.setBody(Json::object({
                                   {u"error"_s, message},
                                   {u"errorcode"_s, errorCode},
                                   {u"stacktrace"_s, nullptr},
                                   {u"debuginfo"_s, nullptr},
                                   {u"reproductionlink"_s, nullptr},
                               })
                      .toJson());
        return r;
    }

    static Response fileNotFound()
    {
        Response r
            = ajaxError(u"Sorry, the requested file could not be found"_s, u"filenotfound"_s, 404);
        r.headers.prepend({"Access-Control-Allow-Origin"_ba, "*"_ba});
        return r;
    }

    static Response html(int status, const QByteArray &body)
    {
        Response r;
        r.status = status;
        r.addHeader("Content-Type"_ba, "text/html; charset=UTF-8"_ba);
        r.setBody(body);
        return r;
    }

    static Response notFound(const QString &path)
    {
        // PHP's built-in server for a script that does not exist.
        return html(404, "<!doctype html><html><head><title>404 Not Found</title></head><body>"
                         "<h1>Not Found</h1><p>The requested resource <code class=\"url\">"_ba
                             + Json::htmlEscape(path)
                             + "</code> was not found on this server.</p></body></html>"_ba);
    }

    static Response statusPage(int status, int retryAfterSeconds)
    {
        const QByteArray title = QByteArray::number(status) + ' ' + reasonPhrase(status);
        Response r = html(status, "<!DOCTYPE html>\n<html><head><title>"_ba + title
                                      + "</title></head><body><h1>"_ba + reasonPhrase(status)
                                      + "</h1></body></html>\n"_ba);
        if (retryAfterSeconds >= 0)
            r.addHeader("Retry-After"_ba, QByteArray::number(retryAfterSeconds));
        return r;
    }

    Response htmlErrorPage(int status) const
    {
        // What a Moodle error page (or a captive portal) sends where JSON was expected.
        return html(status, "<!DOCTYPE html>\n<html dir=\"ltr\" lang=\"en\" xml:lang=\"en\">\n"
                            "<head>\n    <title>"_ba
                                + Json::htmlEscape(siteName)
                                + ": Error</title>\n</head>\n<body id=\"page-login-index\">\n"
                                  "<div role=\"main\"><div class=\"box errorbox alert "
                                  "alert-danger\">Error reading from database</div></div>\n"
                                  "</body>\n</html>\n"_ba);
    }

    Response homePage() const
    {
        return html(
            200, "<!DOCTYPE html>\n<html dir=\"ltr\" lang=\"en\" xml:lang=\"en\">\n"
                 "<head>\n    <title>"_ba
                     + Json::htmlEscape(siteName)
                     + "</title>\n</head>\n<body id=\"page-site-index\">\n</body>\n</html>\n"_ba);
    }

    static Response restAnswer(const WsResult &result, bool json)
    {
        Response r;
        QByteArray body;
        if (const auto *error = std::get_if<WsError>(&result)) {
            if (json) {
                body = Json::object({
                                        {u"exception"_s, error->exception},
                                        {u"errorcode"_s, error->errorCode},
                                        {u"message"_s, error->message},
                                    })
                           .toJson();
            } else {
                body = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<EXCEPTION class=\""_ba
                       + error->exception.toUtf8() + "\">\n<ERRORCODE>"_ba
                       + Json::htmlEscape(error->errorCode) + "</ERRORCODE>\n<MESSAGE>"_ba
                       + Json::htmlEscape(error->message) + "</MESSAGE>\n</EXCEPTION>\n"_ba;
            }
        } else if (json) {
            body = std::get<Json>(result).toJson();
        } else {
            body = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<RESPONSE>\n"_ba;
            std::get<Json>(result).writeXml(body);
            body += "</RESPONSE>\n"_ba;
        }
        if (json) {
            r.addHeader("Content-type"_ba, "application/json"_ba);
        } else {
            r.addHeader("Content-Type"_ba, "application/xml; charset=utf-8"_ba);
            r.addHeader("Content-Disposition"_ba, "inline; filename=\"response.xml\""_ba);
        }
        r.addHeader("Cache-Control"_ba,
                    "private, must-revalidate, pre-check=0, post-check=0, max-age=0"_ba);
        r.addHeader("Expires"_ba, "Thu, 01 Jan 1970 00:00:00 GMT"_ba);
        r.addHeader("Pragma"_ba, "no-cache"_ba);
        r.addHeader("Accept-Ranges"_ba, "none"_ba);
        r.addHeader("Access-Control-Allow-Origin"_ba, "*"_ba);
        r.setBody(body);
        return r;
    }

    Response tokenEndpoint(const Params &p, bool maintenance)
    {
        if (maintenance)
            return ajaxError(kMaintenanceMessage, u"sitemaintenance"_s);
        for (const QString &name : {u"username"_s, u"password"_s, u"service"_s}) {
            if (!p.has(name))
                return ajaxError(u"A required parameter ("_s + name + u") was missing"_s,
                                 u"missingparam"_s);
        }
        const FakeUser *user = userByName(p.value(u"username"_s).trimmed().toLower());
        if (!user || user->password != p.value(u"password"_s))
            return ajaxError(u"Invalid login, please try again"_s, u"invalidlogin"_s);
        if (p.value(u"service"_s) != u"moodle_mobile_app"_s)
            return ajaxError(
                u"Web service is not available (it doesn't exist or might be disabled)"_s,
                u"servicenotavailable"_s);
        Response r;
        addAjaxHeaders(r);
        // privatetoken is only sent over https.
        r.setBody(
            Json::object({{u"token"_s, issueToken(*user)}, {u"privatetoken"_s, nullptr}}).toJson());
        return r;
    }

    Response restEndpoint(const Params &p, bool maintenance)
    {
        const bool json = p.value(u"moodlewsrestformat"_s) == u"json"_s;
        if (maintenance)
            return restAnswer(
                WsError{u"moodle_exception"_s, u"sitemaintenance"_s, kMaintenanceMessage}, json);
        const FakeUser *user = userForToken(p.value(u"wstoken"_s));
        if (!user)
            return restAnswer(invalidToken(), json);
        const QString function = p.value(u"wsfunction"_s);
        const bool inService = std::any_of(functions.cbegin(), functions.cend(),
                                           [&](const auto &f) { return f.first == function; });
        if (!inService && !implemented.contains(function))
            return restAnswer(missingRecord(u"external_functions"_s), json);
        if (!inService || disabledFunctions.contains(function))
            return restAnswer(WsError{u"webservice_access_exception"_s, u"accessexception"_s,
                                      u"Access control exception"_s},
                              json);
        const auto it = implemented.constFind(function);
        if (it == implemented.cend())
            return restAnswer(WsError{u"coding_exception"_s, u"codingerror"_s,
                                      u"Coding error detected, it must be fixed by a programmer: "
                                      "FakeMoodle does not implement "_s
                                          + function},
                              json);
        return restAnswer((*it)(p, *user), json);
    }

    static void addCacheHeaders(Response &r, int lifetime)
    {
        if (lifetime > 0) {
            r.addHeader("Cache-Control"_ba, "private, max-age="_ba + QByteArray::number(lifetime)
                                                + ", no-transform"_ba);
            r.addHeader("Expires"_ba, httpDate(currentTime() + lifetime));
            r.addHeader("Pragma"_ba, QByteArray());
        } else {
            r.addHeader("Cache-Control"_ba, "private, must-revalidate, pre-check=0, post-check=0, "
                                            "max-age=0, no-transform"_ba);
            r.addHeader("Expires"_ba, "Thu, 01 Jan 1970 00:00:00 GMT"_ba);
            r.addHeader("Pragma"_ba, "no-cache"_ba);
        }
    }

    // send_stored_file() + readfile_accel() + byteserving_send_file().
    static Response serveStored(const HttpRequest &request, const SiteFile &f, int lifetime,
                                bool attachment, bool ignoreRange)
    {
        Response r;
        r.addHeader("Access-Control-Allow-Origin"_ba, "*"_ba);
        r.addHeader("Access-Control-Allow-Headers"_ba, "range"_ba);
        r.addHeader("Access-Control-Expose-Headers"_ba, "Content-Range"_ba);
        r.addHeader("Content-Disposition"_ba, (attachment ? "attachment"_ba : "inline"_ba)
                                                  + "; filename=\""_ba + f.fileName.toUtf8() + '"');
        addCacheHeaders(r, lifetime);

        const bool plainText = f.mimeType == "text/plain";
        const QByteArray contentType = plainText ? "text/plain; charset=utf-8"_ba : f.mimeType;
        const QByteArray etag = f.data->sha1Hex();
        const QByteArray lastModified = httpDate(f.timeModified);
        const auto notModified = [&] {
            r.status = 304;
            r.noBody = true;
            r.addHeader("Content-Type"_ba, contentType);
            r.addHeader("Last-Modified"_ba, lastModified);
            r.addHeader("Etag"_ba, '"' + etag + '"');
            return r;
        };
        if (request.hasHeader("If-None-Match")) {
            QByteArray given = request.header("If-None-Match");
            while (given.startsWith('"'))
                given.remove(0, 1);
            while (given.endsWith('"'))
                given.chop(1);
            if (given == etag)
                return notModified();
        }
        // "if etag present for stored file rely on it exclusively"
        if (!request.header("If-Modified-Since").isEmpty()
            && request.header("If-None-Match").isEmpty()) {
            const auto since = parseHttpDate(request.header("If-Modified-Since"));
            if (since && *since >= f.timeModified)
                return notModified();
        }
        r.addHeader("Content-Type"_ba, contentType);
        r.addHeader("Etag"_ba, '"' + etag + '"');
        r.addHeader("Accept-Ranges"_ba, plainText ? "none"_ba : "bytes"_ba);
        r.addHeader("Last-Modified"_ba, lastModified);

        const qint64 size = f.data->size();
        const QByteArray rangeHeader = request.header("Range");
        if (!plainText && !ignoreRange && rangeHeader.contains("bytes=")) {
            // If-Range is not looked at: a Range is always honoured.
            static const QRegularExpression pattern(u"(\\d*)-(\\d*)"_s);
            QList<std::pair<qint64, qint64>> ranges;
            bool valid = true;
            auto matches = pattern.globalMatch(QString::fromLatin1(rangeHeader));
            while (matches.hasNext()) {
                const QRegularExpressionMatch match = matches.next();
                const QString first = match.captured(1);
                const QString last = match.captured(2);
                qint64 start = 0;
                qint64 end = size - 1;
                if (first.isEmpty()) { // suffix: the last N bytes
                    start = std::max<qint64>(0, size - last.toLongLong());
                } else {
                    bool ok = false;
                    start = first.toLongLong(&ok);
                    if (!ok)
                        start = std::numeric_limits<qint64>::max();
                    const qint64 requestedEnd = last.toLongLong(&ok);
                    if (!last.isEmpty() && ok && requestedEnd <= size - 1)
                        end = requestedEnd;
                }
                if (end < start) { // e.g. a range past the end: the whole file, with 200
                    valid = false;
                    break;
                }
                ranges.append({start, end});
            }
            if (valid && !ranges.isEmpty()) {
                r.status = 206;
                r.removeHeader("Content-Type"_ba);
                if (ranges.size() == 1) {
                    const auto [start, end] = ranges.first();
                    r.addHeader("Content-Length"_ba, QByteArray::number(end - start + 1));
                    r.addHeader("Content-Range"_ba, "bytes "_ba + QByteArray::number(start) + '-'
                                                        + QByteArray::number(end) + '/'
                                                        + QByteArray::number(size));
                    r.addHeader("Content-Type"_ba, f.mimeType);
                    r.body = {Segment{{}, f.data, start, end - start + 1}};
                } else {
                    for (const auto &[start, end] : ranges) {
                        r.body.append(
                            Segment{"\r\n--"_ba + kByteservingBoundary + "\r\nContent-Type: "_ba
                                        + f.mimeType + "\r\nContent-Range: bytes "_ba
                                        + QByteArray::number(start) + '-' + QByteArray::number(end)
                                        + '/' + QByteArray::number(size) + "\r\n\r\n"_ba,
                                    {},
                                    0,
                                    0});
                        r.body.append(Segment{{}, f.data, start, end - start + 1});
                    }
                    r.body.append(
                        Segment{"\r\n--"_ba + kByteservingBoundary + "--\r\n"_ba, {}, 0, 0});
                    r.addHeader("Content-Length"_ba, QByteArray::number(r.bodySize()));
                    r.addHeader("Content-Type"_ba,
                                "multipart/byteranges; boundary="_ba + kByteservingBoundary);
                }
                return r;
            }
        }
        r.addHeader("Content-Length"_ba, QByteArray::number(size));
        r.body = {Segment{{}, f.data, 0, size}};
        return r;
    }

    // page_pluginfile() for index.html: send_file() of a string, never cached, no ranges.
    Response servePage(const Module &m) const
    {
        Response r;
        r.addHeader("Content-Disposition"_ba, "attachment; filename=\"index.html\""_ba);
        addCacheHeaders(r, 0);
        r.addHeader("Content-Type"_ba, "text/html"_ba);
        r.addHeader("Last-Modified"_ba, httpDate(currentTime()));
        r.addHeader("Accept-Ranges"_ba, "none"_ba);
        const QByteArray body = pageHtml(m);
        r.addHeader("Content-Length"_ba, QByteArray::number(body.size()));
        r.setBody(body);
        return r;
    }

    Response pluginfileEndpoint(const HttpRequest &request, const QString &relative,
                                const Params &p, bool maintenance, const QString &recordPath)
    {
        if (maintenance)
            return ajaxError(kMaintenanceMessage, u"sitemaintenance"_s);
        // The token must be in the query: an Authorization header is not looked at.
        if (!p.has(u"token"_s))
            return ajaxError(u"A required parameter (token) was missing"_s, u"missingparam"_s);
        if (!userForToken(p.value(u"token"_s)))
            return ajaxError(u"Invalid token - token not found"_s, u"invalidtoken"_s);
        if (!downloadFiles)
            return ajaxError(u"Access control exception"_s, u"accessexception"_s);

        QStringList args
            = (relative.isEmpty() ? p.value(u"file"_s) : relative).split(u'/', Qt::SkipEmptyParts);
        if (args.size() < 4)
            return fileNotFound();
        bool ok = false;
        const int contextId = args.takeFirst().toInt(&ok);
        const QString component = args.takeFirst();
        const QString area = args.takeFirst();
        Module *m = ok ? moduleByContext(contextId) : nullptr;
        if (!m || component != u"mod_"_s + m->modName)
            return fileNotFound();
        std::optional<int> file;
        const bool isPage = m->modName == u"page"_s;
        if (isPage && area == u"content"_s && args.size() == 1
            && (args.first() == u"index.html"_s || args.first() == u"index.htm"_s)) {
            file = -1;
        } else if ((area == u"content"_s
                    && (isPage || m->modName == u"resource"_s || m->modName == u"folder"_s))
                   || (area == u"package"_s && m->modName == u"scorm"_s)) {
            args.removeFirst(); // the revision: "prevents caching problems - ignored here"
            const QString wanted = u'/' + args.join(u'/');
            for (int i = 0; i < m->files.size(); ++i) {
                if (m->files[i].filePath + m->files[i].fileName == wanted)
                    file = i;
            }
        }
        if (!file)
            return fileNotFound();
        if (const auto change = countDown(Kind::ChangeFile, recordPath, {}))
            changeFile(*m, *file, change->newRevision);
        if (*file < 0)
            return servePage(*m);
        const bool ignoreRange
            = request.hasHeader("Range") && take(Kind::IgnoreRange, recordPath, {}).has_value();
        // Resources and page files are cached for $CFG->filelifetime; SCORM packages and folder
        // files not at all, and folder files are always downloads.
        const bool cached = m->modName == u"resource"_s || isPage;
        return serveStored(request, m->files[*file], cached ? kFileLifetime : 0,
                           m->modName == u"folder"_s, ignoreRange);
    }

    // --- Misbehaviour

    // A batch (tool_mobile_call_external_functions) matches the rules of the calls it carries:
    // whatever happens to the request happens to all of them.
    bool matches(const Misbehaviour &rule, const QString &path, const QString &function) const
    {
        return rule.match.isEmpty() || path.contains(rule.match)
               || (!function.isEmpty() && function == rule.match)
               || batchFunctions.contains(rule.match);
    }

    // The first active rule of `kind` for this request, used up by one.
    std::optional<Misbehaviour> take(Kind kind, const QString &path, const QString &function)
    {
        for (qsizetype i = 0; i < misbehaviours.size(); ++i) {
            Misbehaviour &rule = misbehaviours[i].rule;
            if (rule.kind != kind || !matches(rule, path, function))
                continue;
            const Misbehaviour taken = rule;
            if (rule.times > 0 && --rule.times == 0)
                misbehaviours.removeAt(i);
            return taken;
        }
        return std::nullopt;
    }

    // Rules that let `afterRequests` matching requests pass, then act on the next one.
    std::optional<Misbehaviour> countDown(Kind kind, const QString &path, const QString &function)
    {
        std::optional<Misbehaviour> fired;
        for (qsizetype i = 0; i < misbehaviours.size(); ++i) {
            Active &active = misbehaviours[i];
            if (active.rule.kind != kind || !matches(active.rule, path, function))
                continue;
            if (active.countdown > 0) {
                --active.countdown;
                continue;
            }
            if (fired)
                continue;
            fired = active.rule;
            active.countdown = active.rule.afterRequests;
            if (active.rule.times > 0 && --active.rule.times == 0)
                misbehaviours.removeAt(i--);
        }
        return fired;
    }

    void expireTokens() { tokens.clear(); }

    // --- One request

    static bool wantsClose(const HttpRequest &request)
    {
        const QByteArray connection = request.header("Connection").toLower();
        if (connection.contains("close"))
            return true;
        return request.version == "HTTP/1.0" && !connection.contains("keep-alive");
    }

    Response serve(const HttpRequest &request, FakeRequest &record)
    {
        record.method = request.method;
        record.path = QString::fromUtf8(QByteArray::fromPercentEncoding(request.rawPath()));
        record.headers = request.headers;
        Params params;
        params.items = decodeForm(request.query());
        if (request.method == "POST")
            params.items += decodeForm(request.body);
        record.params = params.items;

        QString path = record.path;
        bool inSite = true;
        if (!prefix.isEmpty()) {
            inSite = path == prefix || path.startsWith(prefix + u'/');
            path = path.mid(prefix.size());
        }
        static const QString pluginfile = u"/webservice/pluginfile.php"_s;
        Route route = Route::None; // 404, as outside the site's path
        if (inSite
            && (path.isEmpty() || path == u"/"_s || path == u"/index.php"_s
                || path == u"/login/index.php"_s))
            route = Route::Home;
        else if (inSite && path == u"/login/token.php"_s)
            route = Route::Token;
        else if (inSite && path == u"/webservice/rest/server.php"_s)
            route = Route::Rest;
        else if (inSite && (path == pluginfile || path.startsWith(pluginfile + u'/')))
            route = Route::PluginFile;
        if (route == Route::Rest)
            record.function = params.value(u"wsfunction"_s);
        const QString &function = record.function;
        batchFunctions.clear();
        if (function == u"tool_mobile_call_external_functions"_s) {
            for (const auto &call : params.structs(u"requests"_s))
                batchFunctions.append(call.value(u"function"_s));
        }

        Response r;
        if (take(Kind::CloseWithoutResponse, record.path, function)) {
            r.silentClose = true;
            return r;
        }
        if (const auto rule = take(Kind::Status, record.path, function)) {
            r = statusPage(rule->status, rule->retryAfterSeconds);
        } else if (const auto moved = take(Kind::Redirect, record.path, function)) {
            r = statusPage(moved->status, -1);
            r.addHeader("Location"_ba, moved->location.toEncoded());
        } else if (const auto page = take(Kind::HtmlInsteadOfJson, record.path, function)) {
            r = htmlErrorPage(page->status);
        } else {
            const bool maintenance = take(Kind::Maintenance, record.path, function).has_value();
            if ((route == Route::Rest || route == Route::PluginFile)
                && countDown(Kind::ExpireToken, record.path, function))
                expireTokens();
            switch (route) {
            case Route::None:
                r = notFound(record.path);
                break;
            case Route::Home:
                r = homePage();
                break;
            case Route::Token:
                r = tokenEndpoint(params, maintenance);
                break;
            case Route::Rest:
                r = restEndpoint(params, maintenance);
                break;
            case Route::PluginFile:
                r = pluginfileEndpoint(request, path.mid(pluginfile.size()), params, maintenance,
                                       record.path);
                break;
            }
        }

        if (const auto rule = take(Kind::DropMidBody, record.path, function))
            r.dropAfter = std::max<qint64>(0, rule->afterBytes);
        if (const auto rule = take(Kind::Stall, record.path, function)) {
            r.stallAfter = std::max<qint64>(0, rule->afterBytes);
            r.stallMs = rule->stallMs;
        }
        if (const auto rule = take(Kind::Trickle, record.path, function))
            r.bytesPerSecond = rule->bytesPerSecond;
        if (const auto rule = take(Kind::Oversize, record.path, function)) {
            r.body.append(Segment{QByteArray(rule->lengthDelta, 'z'), {}, 0, 0});
            r.removeHeader("Content-Length"_ba);
            r.addHeader("Content-Length"_ba, QByteArray::number(r.bodySize()));
        }
        if (const auto rule = take(Kind::LieAboutLength, record.path, function)) {
            r.lengthDelta = rule->lengthDelta;
            r.close = true; // what follows the lie is not a next answer
        }
        if (!keepAlive || wantsClose(request))
            r.close = true;
        if (request.method == "HEAD") {
            if (!r.noBody && r.header("Content-Length"_ba).isEmpty())
                r.addHeader("Content-Length"_ba, QByteArray::number(r.bodySize()));
            r.body.clear();
        }
        record.status = r.status;
        return r;
    }

    QByteArray head(const Response &r, const HttpRequest &request) const
    {
        QByteArray host = request.header("Host");
        if (host.isEmpty())
            host = QUrl(siteUrl()).authority().toLatin1();
        QList<std::pair<QByteArray, QByteArray>> headers = {
            {"Host"_ba, host},
            {"Date"_ba, httpDate(currentTime())},
        };
        if (r.close)
            headers.append({"Connection"_ba, "close"_ba});
        headers.append({"X-Powered-By"_ba, "PHP/8.2.36"_ba});
        headers += r.headers;
        const bool hasLength = std::any_of(headers.cbegin(), headers.cend(), [](const auto &h) {
            return h.first.compare("Content-Length", Qt::CaseInsensitive) == 0;
        });
        if (!r.noBody && !hasLength)
            headers.append({"Content-Length"_ba, QByteArray::number(r.bodySize())});
        if (r.lengthDelta != 0) {
            for (auto &[name, value] : headers) {
                if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                    value = QByteArray::number(
                        std::max<qint64>(0, value.toLongLong() + r.lengthDelta));
            }
        }
        QByteArray out = "HTTP/1.1 "_ba + QByteArray::number(r.status) + ' '
                         + reasonPhrase(r.status) + "\r\n"_ba;
        for (const auto &[name, value] : headers)
            out += name + ':' + (value.isEmpty() ? QByteArray() : ' ' + value) + "\r\n"_ba;
        out += "\r\n"_ba;
        return out;
    }
};

// ---------------------------------------------------------------------------------------------
// One client connection: reads requests (keep-alive, pipelined), sends the answers with
// backpressure (more body when the socket's buffer drains), at the rate and with the faults
// the answer asks for. Lives on the server's thread; deletes itself when the socket closes.

class FakeMoodle::Connection final : public QObject
{
    Q_DISABLE_COPY_MOVE(Connection)

public:
    Connection(FakeMoodle *server, QTcpSocket *socket)
        : QObject(server->d->connectionOwner)
        , m_server(server)
        , m_socket(socket)
        , m_timer(new QTimer(this))
    {
        socket->setParent(this);
        m_timer->setSingleShot(true);
        m_timer->setTimerType(Qt::PreciseTimer);
        connect(m_timer, &QTimer::timeout, this, [this] {
            if (m_stalled) {
                m_stalled = false;
                m_stallDone = true;
            }
            pump();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this] {
            m_input += m_socket->readAll();
            processInput();
        });
        connect(socket, &QTcpSocket::bytesWritten, this, [this] { pump(); });
        connect(socket, &QTcpSocket::disconnected, this, [this] {
            m_timer->stop();
            deleteLater();
        });
    }

private:
    void processInput()
    {
        if (m_processing)
            return;
        m_processing = true;
        while (!m_busy && m_socket->state() == QAbstractSocket::ConnectedState) {
            // A TLS handshake (a client trying https on this plain port) is not a request
            // line: answered with 400 at once, as nginx and Apache do.
            if (m_input.startsWith('\x16')) {
                reject(400);
                break;
            }
            const qsizetype headEnd = m_input.indexOf("\r\n\r\n");
            if (headEnd < 0) {
                if (m_input.size() > kMaxHeaderBytes)
                    reject(431);
                break;
            }
            HttpRequest request;
            if (!parseHead(m_input.left(headEnd), &request)) {
                reject(400);
                break;
            }
            if (!request.header("Transfer-Encoding").isEmpty()) {
                reject(411);
                break;
            }
            qint64 length = 0;
            if (request.hasHeader("Content-Length")) {
                bool ok = false;
                length = request.header("Content-Length").toLongLong(&ok);
                if (!ok || length < 0) {
                    reject(400);
                    break;
                }
                if (length > kMaxBodyBytes) {
                    reject(413);
                    break;
                }
            }
            if (m_input.size() < headEnd + 4 + length) {
                if (!m_continueSent
                    && request.header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0) {
                    m_socket->write("HTTP/1.1 100 Continue\r\n\r\n"_ba);
                    m_continueSent = true;
                }
                break;
            }
            request.body = m_input.mid(headEnd + 4, length);
            m_input.remove(0, headEnd + 4 + length);
            m_continueSent = false;

            auto record = std::make_shared<FakeRequest>();
            m_server->d->log.append(record);
            Response response = m_server->d->serve(request, *record);
            const QByteArray head
                = response.silentClose ? QByteArray() : m_server->d->head(response, request);
            Q_EMIT m_server->requestHandled(record->path, record->function, record->status);
            start(std::move(response), head, record);
        }
        m_processing = false;
    }

    void reject(int status)
    {
        Response response = FakeMoodle::Private::statusPage(status, -1);
        response.close = true;
        const QByteArray head = m_server->d->head(response, HttpRequest());
        start(std::move(response), head, std::make_shared<FakeRequest>());
    }

    void start(Response response, const QByteArray &head, std::shared_ptr<FakeRequest> record)
    {
        m_busy = true;
        m_response = std::move(response);
        m_record = std::move(record);
        m_segment = 0;
        m_segmentOffset = 0;
        m_bodySent = 0;
        m_bodyTotal = m_response.noBody ? 0 : m_response.bodySize();
        m_stalled = false;
        m_stallDone = false;
        m_trickle.setRate(m_response.bytesPerSecond);
        if (m_response.silentClose) {
            m_socket->disconnectFromHost();
            return;
        }
        const auto send = [this, head] {
            if (m_socket->state() != QAbstractSocket::ConnectedState)
                return;
            m_socket->write(head);
            m_record->bytesSent += head.size();
            pump();
        };
        // A long link: the answer's first byte comes a round trip after the request.
        if (m_server->d->latencyMs > 0)
            QTimer::singleShot(m_server->d->latencyMs, this, send);
        else
            send();
    }

    void pump()
    {
        if (!m_busy || m_stalled || m_response.silentClose
            || m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        RateLimiter &bandwidth = m_server->d->bandwidth;
        const Response &r = m_response;
        while (m_socket->bytesToWrite() < kHighWater) {
            if (r.dropAfter >= 0 && m_bodySent >= std::min(r.dropAfter, m_bodyTotal)) {
                // The connection ends after the promised bytes, and the client gets all of
                // them. A reset (abort()) would be no more realistic and is not deterministic:
                // it throws away whatever the client's kernel holds that the client has not
                // read yet, which on a busy machine can be the whole answer, and Qt then sends
                // the request again by itself.
                m_socket->disconnectFromHost(); // after what is queued has gone
                return;
            }
            if (m_bodySent >= m_bodyTotal) {
                completeResponse();
                return;
            }
            if (r.stallAfter >= 0 && !m_stallDone && m_bodySent >= r.stallAfter) {
                m_stalled = true;
                if (r.stallMs >= 0)
                    m_timer->start(r.stallMs);
                return;
            }
            qint64 want = std::min(kChunk, m_bodyTotal - m_bodySent);
            if (r.dropAfter >= 0)
                want = std::min(want, r.dropAfter - m_bodySent);
            if (r.stallAfter >= 0 && !m_stallDone)
                want = std::min(want, r.stallAfter - m_bodySent);
            if (m_trickle.isActive() || bandwidth.isActive()) {
                qint64 allowed = want;
                if (m_trickle.isActive())
                    allowed = std::min(allowed, m_trickle.available());
                if (bandwidth.isActive())
                    allowed = std::min(allowed, bandwidth.available());
                if (allowed <= 0) {
                    const int wait = std::max(m_trickle.msUntil(want), bandwidth.msUntil(want));
                    m_timer->start(std::clamp(wait, 1, 100));
                    return;
                }
                want = allowed;
                if (m_trickle.isActive())
                    m_trickle.consume(want);
                if (bandwidth.isActive())
                    bandwidth.consume(want);
            }
            const QByteArray chunk = nextBytes(want);
            m_socket->write(chunk);
            m_bodySent += chunk.size();
            m_record->bytesSent += chunk.size();
            m_record->bodyBytesSent += chunk.size();
        }
    }

    QByteArray nextBytes(qint64 length)
    {
        QByteArray out;
        while (length > 0 && m_segment < m_response.body.size()) {
            const Segment &segment = m_response.body[m_segment];
            const qint64 n = std::min(length, segment.size() - m_segmentOffset);
            if (segment.file)
                out += segment.file->read(segment.offset + m_segmentOffset, n);
            else
                out += segment.bytes.mid(m_segmentOffset, n);
            m_segmentOffset += n;
            length -= n;
            if (m_segmentOffset >= segment.size()) {
                ++m_segment;
                m_segmentOffset = 0;
            }
        }
        return out;
    }

    void completeResponse()
    {
        m_timer->stop();
        if (m_response.close) {
            m_socket->disconnectFromHost(); // after what is queued has gone
            return;
        }
        m_busy = false;
        m_response = Response();
        m_record.reset();
        processInput(); // a request that came in meanwhile (returns at once if already inside)
    }

    FakeMoodle *m_server;
    QTcpSocket *m_socket;
    QTimer *m_timer; // the end of a stall, or the next slice of a rate limit
    QByteArray m_input;
    bool m_busy = false;
    bool m_processing = false;
    bool m_continueSent = false;
    Response m_response;
    std::shared_ptr<FakeRequest> m_record;
    qsizetype m_segment = 0;
    qint64 m_segmentOffset = 0;
    qint64 m_bodySent = 0;
    qint64 m_bodyTotal = 0;
    bool m_stalled = false;
    bool m_stallDone = false;
    RateLimiter m_trickle;
};

// ---------------------------------------------------------------------------------------------
// FakeMoodle

FakeMoodle::FakeMoodle(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    attachServer();
}

void FakeMoodle::attachServer()
{
    const auto accept = [this] {
        while (QTcpSocket *socket = d->server->nextPendingConnection()) {
            ++d->connections;
            // Headers and a small body go out as separate writes: without this, Nagle's rule
            // held the body for the client's delayed acknowledgement, 40 ms per small file,
            // which no real web server does.
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            new Connection(this, socket); // owned by this; deletes itself on disconnect
        }
    };
    // A TLS connection is ready to read once its handshake is done (pendingConnectionAvailable);
    // a plain one at once.
    if (d->secure)
        connect(d->server, &QTcpServer::pendingConnectionAvailable, this, accept);
    else
        connect(d->server, &QTcpServer::newConnection, this, accept);
}

FakeMoodle::~FakeMoodle()
{
    d->server->close();
    delete d->connectionOwner; // the connections use d: they go first
}

FakeMoodle *FakeMoodle::withFixtureSite(QObject *parent)
{
    auto *server = new FakeMoodle(parent);
    server->loadFixtureSite();
    return server;
}

void FakeMoodle::loadFixtureSite()
{
    constexpr qint64 kCreated = 1795864317; // Sat, 28 Nov 2026 11:11:57 GMT
    if (FakeUser *student = d->userByName(u"student"_s))
        student->privateAccessKey = u"627796a1211c70896863cf0e3b8f6b54"_s;

    const int courseId
        = addCourse(u"LOOP101"_s, u"Loopback Test Course"_s, u"Course for desktop client tests"_s);
    Course &course = *d->course(courseId);
    course.startDate = 1795824000;
    course.timeModified = kCreated;

    const int page = addPage(courseId, 1, u"Welcome page"_s,
                             u"<h3>Welcome</h3><p>This course checks the desktop client against "
                             "a Moodle site.</p>"_s);
    d->checkedModule(page).timeModified = kCreated;

    FakeFile video = FakeFile::generated(u"sample.mp4"_s, "video/mp4"_ba, 72442, 72442);
    video.timeModified = kCreated;
    const int resource = addResource(courseId, 1, u"Sample video"_s, video);
    d->checkedModule(resource).revision = 0;

    FakeFile package = FakeFile::withContent(u"minimal_scorm12.zip"_s, "application/zip"_ba,
                                             minimalScormPackage());
    package.timeModified = kCreated;
    const int scorm = addScorm(courseId, 2, u"Minimal SCORM"_s, package);
    Module &scormModule = d->checkedModule(scorm);
    scormModule.intro = u"Test scorm 1"_s;
    scormModule.timeModified = kCreated;
    for (Sco &sco : scormModule.scoes)
        sco.manifest = u"org.example.minimal.scorm12"_s;
    scormModule.scoes[0].title = u"Minimal SCORM 1.2 course"_s;
    scormModule.scoes[1].title = u"Lesson 1"_s;
    scormModule.scoes[1].extraData.append({u"masteryscore"_s, u"80"_s});
}

int FakeMoodle::addBenchmarkCourse(qint64 videoBytes, int smallFiles, qint64 smallBytes)
{
    const int courseId = addCourse(u"BENCH101"_s, u"Benchmark Course"_s,
                                   u"One large video and many small files"_s);
    addResource(courseId, 1, u"Lecture video"_s,
                FakeFile::generated(u"lecture.mp4"_s, "video/mp4"_ba, videoBytes, 1001));
    for (int i = 1; i <= smallFiles; ++i) {
        const QString number = QString::number(i).rightJustified(2, u'0');
        addResource(courseId, 2, u"Document "_s + number,
                    FakeFile::generated(u"document-"_s + number + u".bin"_s,
                                        "application/octet-stream"_ba, smallBytes,
                                        quint32(2000 + i)));
    }
    return courseId;
}

bool FakeMoodle::listen(const QHostAddress &address, quint16 port)
{
    return d->server->listen(address, port);
}

bool FakeMoodle::listenSecure(const QSslConfiguration &tls, const QHostAddress &address,
                              quint16 port)
{
    if (d->server->isListening())
        return false;
    auto *secure = new QSslServer(this);
    secure->setSslConfiguration(tls);
    // A client that refuses the certificate ends the handshake; that is not the server's error.
    secure->setHandshakeTimeout(10'000);
    delete d->server;
    d->server = secure;
    d->secure = true;
    attachServer();
    return d->server->listen(address, port);
}

void FakeMoodle::close()
{
    d->server->close();
    // As a cut link would: the connections a client keeps alive go too.
    const auto sockets = d->connectionOwner->findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        socket->abort();
}

bool FakeMoodle::isListening() const
{
    return d->server->isListening();
}

quint16 FakeMoodle::port() const
{
    return d->server->serverPort();
}

QUrl FakeMoodle::baseUrl() const
{
    QHostAddress host = d->server->serverAddress();
    if (host.isNull() || host == QHostAddress::Any || host == QHostAddress::AnyIPv4
        || host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHost;
    QUrl url;
    url.setScheme(d->secure ? u"https"_s : u"http"_s);
    url.setHost(host.toString());
    if (d->server->isListening())
        url.setPort(d->server->serverPort());
    url.setPath(d->prefix);
    return url;
}

void FakeMoodle::setPathPrefix(const QString &prefix)
{
    QString clean = prefix;
    while (clean.endsWith(u'/'))
        clean.chop(1);
    if (!clean.isEmpty() && !clean.startsWith(u'/'))
        clean.prepend(u'/');
    d->prefix = clean;
}

QString FakeMoodle::pathPrefix() const
{
    return d->prefix;
}

void FakeMoodle::setKeepAlive(bool keepAlive)
{
    d->keepAlive = keepAlive;
}

void FakeMoodle::setLatency(int milliseconds)
{
    d->latencyMs = std::max(0, milliseconds);
}

void FakeMoodle::setBandwidthLimit(qint64 bytesPerSecond)
{
    d->bandwidth.setRate(bytesPerSecond);
}

void FakeMoodle::addUser(const FakeUser &user)
{
    d->users.removeIf(
        [&](const FakeUser &u) { return u.id == user.id || u.username == user.username; });
    d->users.append(user);
}

void FakeMoodle::addUser(const QString &username, const QString &password, int userId)
{
    FakeUser user;
    user.username = username;
    user.password = password;
    user.id = userId;
    addUser(user);
}

QString FakeMoodle::signIn(const QString &username)
{
    const FakeUser *user = d->userByName(username);
    return user ? d->issueToken(*user) : QString();
}

QString FakeMoodle::token(const QString &username) const
{
    for (auto it = d->tokens.cbegin(); it != d->tokens.cend(); ++it) {
        const FakeUser *user = d->userById(it.value());
        if (user && user->username == username)
            return it.key();
    }
    return {};
}

void FakeMoodle::expireTokens()
{
    d->expireTokens();
}

void FakeMoodle::setSiteName(const QString &name)
{
    d->siteName = name;
}

void FakeMoodle::setFunctionEnabled(const QString &function, bool enabled)
{
    if (enabled)
        d->disabledFunctions.remove(function);
    else
        d->disabledFunctions.insert(function);
}

QStringList FakeMoodle::functions() const
{
    QStringList names;
    for (const auto &[name, version] : d->functions) {
        if (!d->disabledFunctions.contains(name))
            names.append(name);
    }
    return names;
}

void FakeMoodle::setDownloadFiles(bool allowed)
{
    d->downloadFiles = allowed;
}

void FakeMoodle::setUploadFiles(bool allowed)
{
    d->uploadFiles = allowed;
}

int FakeMoodle::addCourse(const QString &shortName, const QString &fullName, const QString &summary)
{
    Course c;
    c.id = d->nextCourseId++;
    c.contextId = d->nextContextId++;
    c.shortName = shortName;
    c.fullName = fullName;
    c.summary = summary;
    c.timeModified = currentTime();
    c.startDate = c.timeModified - c.timeModified % 86400;
    d->addSectionTo(c, u"General"_s);
    d->courses[c.id] = c;
    return c.id;
}

int FakeMoodle::addCategory(const QString &name, int parentId)
{
    const int id = d->nextCategoryId++;
    d->categories[id] = Category{id, name, d->categories.count(parentId) ? parentId : 0};
    return id;
}

void FakeMoodle::setCourseCategory(int courseId, int categoryId)
{
    Course *c = d->course(courseId);
    if (!c || !d->categories.count(categoryId))
        qFatal("FakeMoodle: there is no course %d or category %d", courseId, categoryId);
    c->categoryId = categoryId;
}

void FakeMoodle::setEnrolled(int courseId, int userId, bool enrolled)
{
    Course *c = d->course(courseId);
    if (!c)
        qFatal("FakeMoodle: there is no course %d", courseId);
    if (enrolled)
        c->notEnrolled.erase(userId);
    else
        c->notEnrolled.insert(userId);
}

bool FakeMoodle::isEnrolled(int courseId, int userId) const
{
    const auto it = d->courses.find(courseId);
    return it != d->courses.end() && Private::enrolled(it->second, userId);
}

int FakeMoodle::setSelfEnrolment(int courseId, bool open)
{
    Course *c = d->course(courseId);
    if (!c)
        qFatal("FakeMoodle: there is no course %d", courseId);
    if (!c->selfInstance)
        c->selfInstance = d->nextEnrolInstance++;
    c->selfOpen = open;
    return c->selfInstance;
}

void FakeMoodle::setCanViewAllCourses(int userId, bool canView)
{
    if (canView)
        d->viewAllCourses.insert(userId);
    else
        d->viewAllCourses.erase(userId);
}

int FakeMoodle::addSection(int courseId, const QString &name)
{
    Course *c = d->course(courseId);
    if (!c)
        qFatal("FakeMoodle: there is no course %d", courseId);
    return d->addSectionTo(*c, name).number;
}

int FakeMoodle::addPage(int courseId, int section, const QString &name, const QString &html,
                        const QList<FakeFile> &files)
{
    Module &m = d->addModule(courseId, section, u"page"_s, name);
    m.html = html;
    for (const FakeFile &file : files)
        m.files.append(Private::siteFile(file, 0));
    return m.cmid;
}

int FakeMoodle::addResource(int courseId, int section, const QString &name, const FakeFile &file)
{
    Module &m = d->addModule(courseId, section, u"resource"_s, name);
    m.files.append(Private::siteFile(file, 1));
    m.timeModified = m.files.first().timeModified;
    return m.cmid;
}

int FakeMoodle::addFolder(int courseId, int section, const QString &name,
                          const QList<FakeFile> &files)
{
    Module &m = d->addModule(courseId, section, u"folder"_s, name);
    for (const FakeFile &file : files)
        m.files.append(Private::siteFile(file, 0));
    return m.cmid;
}

int FakeMoodle::addScorm(int courseId, int section, const QString &name, const FakeFile &package)
{
    Module &m = d->addModule(courseId, section, u"scorm"_s, name);
    SiteFile file = Private::siteFile(package, 0);
    file.filePath = u"/"_s;
    m.files.append(file);
    m.reference = file.fileName;
    m.timeModified = file.timeModified;
    const QString manifest = u"org.example.scorm"_s + QString::number(m.instance);
    Sco organization;
    organization.id = d->nextScoId++;
    organization.manifest = manifest;
    organization.parent = u"/"_s;
    organization.identifier = u"ORG1"_s;
    organization.title = name;
    organization.sortOrder = 1;
    Sco lesson;
    lesson.id = d->nextScoId++;
    lesson.manifest = manifest;
    lesson.organization = u"ORG1"_s;
    lesson.parent = u"ORG1"_s;
    lesson.identifier = u"ITEM1"_s;
    lesson.launch = u"index.html"_s;
    lesson.scormType = u"sco"_s;
    lesson.title = name;
    lesson.sortOrder = 2;
    lesson.extraData = {{u"isvisible"_s, u"true"_s}, {u"parameters"_s, u""_s}};
    m.scoes = {organization, lesson};
    m.launchSco = lesson.id;
    return m.cmid;
}

int FakeMoodle::addUrl(int courseId, int section, const QString &name, const QString &externalUrl)
{
    Module &m = d->addModule(courseId, section, u"url"_s, name);
    m.externalUrl = externalUrl;
    return m.cmid;
}

int FakeMoodle::addActivity(int courseId, int section, const QString &modName, const QString &name)
{
    return d->addModule(courseId, section, modName, name).cmid;
}

void FakeMoodle::setScormAutoContinue(int cmid, bool autoContinue)
{
    d->checkedModule(cmid).autoContinue = autoContinue;
}

void FakeMoodle::setCompletion(int cmid, Completion completion)
{
    d->checkedModule(cmid).completion = int(completion);
}

void FakeMoodle::removeActivity(int cmid)
{
    Module &m = d->checkedModule(cmid);
    if (Course *c = d->course(m.courseId)) {
        for (Section &section : c->sections)
            section.cmids.removeAll(cmid);
    }
    d->removedModules[cmid] = m;
    d->modules.erase(cmid);
}

QList<FakeEvent> FakeMoodle::events(int userId) const
{
    QList<FakeEvent> list;
    for (const FakeEvent &event : d->eventLog) {
        if (event.userId == userId)
            list.append(event);
    }
    return list;
}

int FakeMoodle::viewCount(const QString &function, int instanceId, int userId) const
{
    return int(std::count_if(d->eventLog.cbegin(), d->eventLog.cend(), [&](const FakeEvent &e) {
        return e.function == function && e.instanceId == instanceId && e.userId == userId;
    }));
}

int FakeMoodle::instanceOf(int cmid) const
{
    const auto *m = d->anyModule(cmid);
    return m ? m->instance : 0;
}

int FakeMoodle::completionState(int cmid, int userId) const
{
    return d->completionOf(cmid, userId).first;
}

qint64 FakeMoodle::completionTime(int cmid, int userId) const
{
    return d->completionOf(cmid, userId).second;
}

int FakeMoodle::completionChangeCount(int cmid, int userId) const
{
    const auto it = d->completionChanges.find({cmid, userId});
    return it == d->completionChanges.end() ? 0 : it->second;
}

void FakeMoodle::setCompletionState(int cmid, int state, qint64 timeCompleted, int userId)
{
    d->checkedModule(cmid);
    d->completion[{cmid, userId}] = {state, timeCompleted};
}

int FakeMoodle::batchCallCount() const
{
    return d->batchCalls;
}

int FakeMoodle::trackWriteCount(int cmid, int userId, int attempt) const
{
    const auto it = d->trackChanges.find({userId, cmid, attempt});
    return it == d->trackChanges.end() ? 0 : it->second;
}

QMap<QString, QString> FakeMoodle::scormTracks(int cmid, int userId, int attempt) const
{
    QMap<QString, QString> values;
    const Module *m = d->anyModule(cmid);
    if (!m)
        return values;
    for (const Sco &sco : m->scoes) {
        const auto found = d->tracks.find({userId, sco.id, attempt});
        if (found == d->tracks.end())
            continue;
        for (const auto &[element, track] : found->second)
            values.insert(element, track.value);
    }
    return values;
}

int FakeMoodle::fileCount(int cmid) const
{
    const Module *m = d->module(cmid);
    return m ? Private::fileCountOf(*m) : 0;
}

void FakeMoodle::setFileUrlBase(const QString &base)
{
    d->fileUrlBase = base;
}

QUrl FakeMoodle::fileUrl(int cmid, int index) const
{
    const auto [m, file] = d->checkedFile(cmid, index);
    return QUrl(d->fileUrl(*m, file));
}

QByteArray FakeMoodle::fileContent(int cmid, int index) const
{
    const auto [m, file] = d->checkedFile(cmid, index);
    const DataPtr data = d->dataOf(*m, file);
    return data->read(0, data->size());
}

QByteArray FakeMoodle::fileSha1(int cmid, int index) const
{
    const auto [m, file] = d->checkedFile(cmid, index);
    return d->dataOf(*m, file)->sha1Hex();
}

qint64 FakeMoodle::fileSize(int cmid, int index) const
{
    const auto [m, file] = d->checkedFile(cmid, index);
    return d->dataOf(*m, file)->size();
}

void FakeMoodle::setFileContent(int cmid, int index, const QByteArray &content, FileUrl url)
{
    const auto [m, file] = d->checkedFile(cmid, index);
    d->changeFile(*m, file, url == FileUrl::NewRevision, content);
}

void FakeMoodle::changeFile(int cmid, int index, FileUrl url)
{
    const auto [m, file] = d->checkedFile(cmid, index);
    d->changeFile(*m, file, url == FileUrl::NewRevision);
}

bool FakeMoodle::dumpFiles(const QString &directory, QString *error) const
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QDir root(directory);
    if (!root.mkpath(u"."_s))
        return fail(u"cannot create "_s + directory);
    QFile manifest(root.filePath(u"manifest.txt"_s));
    if (!manifest.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(manifest.fileName() + u": "_s + manifest.errorString());
    for (const auto &[url, data] : d->allFiles()) {
        const QUrl fileUrl(url);
        const QString target = root.filePath(fileUrl.path().mid(1));
        if (!root.mkpath(QFileInfo(target).path()))
            return fail(u"cannot create the folder of "_s + target);
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(target + u": "_s + out.errorString());
        constexpr qint64 step = 1 << 20;
        for (qint64 at = 0; at < data->size(); at += step) {
            const QByteArray bytes = data->read(at, step);
            if (out.write(bytes) != bytes.size())
                return fail(target + u": "_s + out.errorString());
        }
        manifest.write(data->sha1Hex() + ' ' + QByteArray::number(data->size()) + ' '
                       + fileUrl.path(QUrl::FullyEncoded).toLatin1() + '\n');
    }
    return true;
}

void FakeMoodle::misbehave(const Misbehaviour &misbehaviour)
{
    if (misbehaviour.times == 0)
        return;
    if (misbehaviour.kind == Misbehaviour::Kind::ExpireToken && misbehaviour.afterRequests <= 0) {
        d->expireTokens();
        if (misbehaviour.times == 1)
            return;
    }
    d->misbehaviours.append({misbehaviour, std::max(0, misbehaviour.afterRequests)});
}

void FakeMoodle::clearMisbehaviour()
{
    d->misbehaviours.clear();
}

QList<FakeRequest> FakeMoodle::requests() const
{
    QList<FakeRequest> list;
    for (const auto &record : d->log)
        list.append(*record);
    return list;
}

namespace {
bool recordMatches(const FakeRequest &record, const QString &match)
{
    return match.isEmpty() || record.path.contains(match) || record.function == match;
}
} // namespace

int FakeMoodle::requestCount(const QString &match) const
{
    return int(std::count_if(d->log.cbegin(), d->log.cend(),
                             [&](const auto &record) { return recordMatches(*record, match); }));
}

qint64 FakeMoodle::bytesSent(const QString &match) const
{
    qint64 total = 0;
    for (const auto &record : d->log) {
        if (recordMatches(*record, match))
            total += record->bytesSent;
    }
    return total;
}

qint64 FakeMoodle::bodyBytesSent(const QString &match) const
{
    qint64 total = 0;
    for (const auto &record : d->log) {
        if (recordMatches(*record, match))
            total += record->bodyBytesSent;
    }
    return total;
}

qint64 FakeMoodle::fileBytesSent(int cmid) const
{
    const Module *m = d->module(cmid);
    if (!m)
        return 0;
    return bodyBytesSent(u"/webservice/pluginfile.php/"_s + QString::number(m->contextId) + u'/');
}

int FakeMoodle::connectionCount() const
{
    return d->connections;
}

void FakeMoodle::resetCounters()
{
    d->log.clear();
    d->connections = 0;
}

QByteArray FakeMoodle::generatedBytes(quint32 seed, qint64 offset, qint64 length)
{
    QByteArray out(std::max<qint64>(0, length), Qt::Uninitialized);
    fillGenerated(seed, offset, out.data(), out.size());
    return out;
}

QByteArray FakeMoodle::makeZip(const QList<std::pair<QString, QByteArray>> &files)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    const auto crc32 = [](const QByteArray &data) {
        quint32 crc = 0xFFFFFFFFU;
        for (const char ch : data)
            crc = table[(crc ^ uchar(ch)) & 0xFF] ^ (crc >> 8);
        return crc ^ 0xFFFFFFFFU;
    };
    const auto put16 = [](QByteArray &out, quint32 value) {
        out += char(value & 0xFF);
        out += char((value >> 8) & 0xFF);
    };
    const auto put32 = [&](QByteArray &out, quint32 value) {
        put16(out, value & 0xFFFF);
        put16(out, value >> 16);
    };
    // 2026-11-28 11:11:56, in MS-DOS format: fixed, so the archive's bytes never change.
    constexpr quint32 dosTime = (11 << 11) | (11 << 5) | (56 / 2);
    constexpr quint32 dosDate = ((2026 - 1980) << 9) | (11 << 5) | 28;

    QByteArray archive;
    QByteArray directory;
    for (const auto &[name, content] : files) {
        const QByteArray fileName = name.toUtf8();
        const quint32 crc = crc32(content);
        const auto offset = quint32(archive.size());
        put32(archive, 0x04034b50);
        put16(archive, 10); // version needed: 1.0, stored
        put16(archive, 0);  // flags
        put16(archive, 0);  // method: stored
        put16(archive, dosTime);
        put16(archive, dosDate);
        put32(archive, crc);
        put32(archive, quint32(content.size()));
        put32(archive, quint32(content.size()));
        put16(archive, quint32(fileName.size()));
        put16(archive, 0);
        archive += fileName;
        archive += content;

        put32(directory, 0x02014b50);
        put16(directory, 20); // made by: 2.0
        put16(directory, 10);
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, dosTime);
        put16(directory, dosDate);
        put32(directory, crc);
        put32(directory, quint32(content.size()));
        put32(directory, quint32(content.size()));
        put16(directory, quint32(fileName.size()));
        put16(directory, 0); // extra
        put16(directory, 0); // comment
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, 0); // external attributes
        put32(directory, offset);
        directory += fileName;
    }
    const auto directoryOffset = quint32(archive.size());
    archive += directory;
    put32(archive, 0x06054b50);
    put16(archive, 0);
    put16(archive, 0);
    put16(archive, quint32(files.size()));
    put16(archive, quint32(files.size()));
    put32(archive, quint32(directory.size()));
    put32(archive, directoryOffset);
    put16(archive, 0);
    return archive;
}

QByteArray FakeMoodle::minimalScormPackage()
{
    const QByteArray manifest
        = "<manifest identifier=\"org.example.minimal.scorm12\" "
          "xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\" "
          "xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\">\n"
          "<organizations default=\"ORG1\"><organization identifier=\"ORG1\">"
          "<title>Minimal SCORM 1.2 course</title>\n"
          "<item identifier=\"ITEM1\" identifierref=\"RES1\"><title>Lesson 1</title>"
          "<adlcp:masteryscore>80</adlcp:masteryscore></item>\n"
          "</organization></organizations>\n"
          "<resources><resource identifier=\"RES1\" type=\"webcontent\" adlcp:scormtype=\"sco\" "
          "href=\"index.html\"><file href=\"index.html\"/></resource></resources>\n"
          "</manifest>\n"_ba;
    const QByteArray page
        = "<!DOCTYPE html><title>Lesson 1</title><script>\n"
          "var a=window;while(!a.API&&a.parent!=a)a=a.parent;a=a.API;\n"
          "function done(){a.LMSSetValue(\"cmi.core.lesson_status\",\"completed\");"
          "a.LMSFinish(\"\")}\n"
          "onload=function(){a&&a.LMSInitialize(\"\")}</script>\n"
          "<h1>Lesson 1</h1><button onclick=\"done()\">Done</button>"_ba;
    // Padded so that the package has the recorded package's size.
    constexpr qsizetype kRecordedSize = 1113;
    const auto zip = [&](qsizetype padding) {
        return makeZip({{u"imsmanifest.xml"_s, manifest},
                        {u"index.html"_s, page + QByteArray(padding, ' ') + '\n'}});
    };
    const qsizetype padding = std::max<qsizetype>(0, kRecordedSize - zip(0).size());
    return zip(padding);
}

} // namespace clikc::test
