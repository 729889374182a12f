/** The column mapping format, as `--help` shows it. */
export const MAPPING_HELP = `Column mapping (--map, --mentor-map, --mentee-map):
  Without a mapping the CSV headers are field paths: id, displayName, country, languages,
  capacity.maxMentees, private.email, bio.en, availability.weekly ... Known fields get their type.
  A mapping file is a JSON object from form question (column header) to field:
    {
      "Your e-mail": "private.email",
      "Languages you speak": { "field": "languages", "split": ";", "format": "code:level" },
      "Max mentees": { "field": "capacity.maxMentees", "type": "integer" },
      "Your role": { "field": "role", "values": { "Teacher": "teacher", "Head teacher": "head-teacher" } },
      "Timestamp": null,
      "$defaults": { "status": "active", "private.consent.noticeVersion": "2025-08" }
    }
  A value is a field path (dotted; numbers index lists, e.g. "languages.0.code"), null to ignore the
  column, or an object:
    field    dotted path in the Mentor or Mentee record (required)
    type     string | nullable (empty -> null) | integer | number (decimal comma accepted) |
             boolean (yes/no, true/false, 1/0, x, jah/ei, kyllä/ei, taip/ne, jā/nē) |
             date (YYYY-MM-DD or DD.MM.YYYY) | timestamp (ISO 8601, or "YYYY-MM-DD HH:MM" as UTC) |
             country (upper-cased; EL -> GR, UK -> GB) | list | languages | weekly | certificates | json;
             the default is the field's known type, else string
    split    list separator (default: both "," and ";")
    format   languages: "code:level" ("et:native, en:B2"; also "en B2", "en (B2)") or "code" with "level"
    level    languages with format "code": the level for every language (default B2)
    values   answers to stored values, e.g. {"Video call": "video"}; applied to the whole cell, or to each
             item of a list; null drops the item
  weekly items are "tue 15:00-18:00"; certificates items are "career-counsellor:2027-05-31".
  "$defaults" sets fields no column filled. Empty cells leave a field out (lists become []).
  Columns the mapping does not name are ignored and listed as a note.`;
