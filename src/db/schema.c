/* dicom.sql parser: a small tokenizer over Conquest's syntax and a checker
 * that the result is a usable index layout (keys, links, column names that
 * are safe SQL identifiers). It builds no SQL. */
#include "db/schema.h"

#include "util/error.h"
#include "util/file.h"

#include <ctype.h>
#include <stdarg.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define TOKEN_MAX 64 /* longer tokens are kept cut, for messages and checks */

enum tok_kind { TOK_END, TOK_PUNCT, TOK_STRING, TOK_NUMBER, TOK_WORD };

struct token {
    enum tok_kind kind;
    char text[TOKEN_MAX + 1];
    size_t full_len; /* length before cutting to TOKEN_MAX */
    long number;
    int line;
};

struct lexer {
    const char *p;
    const char *end;
    int line;
    const char *source;
    char *err;
    size_t errlen;
};

static const char *const table_names[SCHEMA_LEVELS] = {
    "DICOMPatients", "DICOMStudies", "DICOMSeries", "DICOMImages", "DICOMWorkList",
};
static const char *const level_names[SCHEMA_LEVELS] = {
    "Patient", "Study", "Series", "Image", "WorkList",
};

static const struct {
    const char *name;
    enum schema_dicom_type type;
} dicom_types[] = {
    {"DT_STR", SCHEMA_DT_STR},
    {"DT_ISTR", SCHEMA_DT_ISTR},
    {"DT_MSTR", SCHEMA_DT_MSTR},
    {"DT_UI", SCHEMA_DT_UI},
    {"DT_DATE", SCHEMA_DT_DATE},
    {"DT_TIME", SCHEMA_DT_TIME},
    {"DT_UINT16", SCHEMA_DT_UINT16},
    {"DT_UINT32", SCHEMA_DT_UINT32},
    {"DT_FL", SCHEMA_DT_FL},
    {"DT_FD", SCHEMA_DT_FD},
    {"DT_STARTSEQUENCE", SCHEMA_DT_STARTSEQUENCE},
    {"DT_ENDSEQUENCE", SCHEMA_DT_ENDSEQUENCE},
};

static int lex_error(struct lexer *lx, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int lex_error(struct lexer *lx, int line, const char *fmt, ...)
{
    char msg[256];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    snprintf(lx->err, lx->errlen, "%s:%d: %s", lx->source, line, msg);
    return DG_EPARSE;
}

/* Skip blanks and comments; an unterminated comment is an error. */
static int skip_space(struct lexer *lx)
{
    while (lx->p < lx->end) {
        if (*lx->p == '\n') {
            lx->line++;
            lx->p++;
        } else if (isspace((unsigned char)*lx->p)) {
            lx->p++;
        } else if (lx->end - lx->p >= 2 && lx->p[0] == '/' && lx->p[1] == '*') {
            int start = lx->line;
            lx->p += 2;
            while (lx->p < lx->end &&
                   !(lx->end - lx->p >= 2 && lx->p[0] == '*' && lx->p[1] == '/')) {
                if (*lx->p == '\n')
                    lx->line++;
                lx->p++;
            }
            if (lx->p >= lx->end)
                return lex_error(lx, start, "comment opened here is never closed");
            lx->p += 2;
        } else {
            return 0;
        }
    }
    return 0;
}

static void token_set(struct token *t, const char *s, size_t n)
{
    size_t keep = n > TOKEN_MAX ? TOKEN_MAX : n;

    memcpy(t->text, s, keep);
    t->text[keep] = '\0';
    t->full_len = n;
}

static int next_token(struct lexer *lx, struct token *t)
{
    int rc = skip_space(lx);
    const char *s;

    if (rc)
        return rc;
    memset(t, 0, sizeof *t);
    t->line = lx->line;
    if (lx->p >= lx->end) {
        t->kind = TOK_END;
        strcpy(t->text, "end of file");
        return 0;
    }
    s = lx->p;
    if (strchr("{},*", *s)) {
        t->kind = TOK_PUNCT;
        token_set(t, s, 1);
        lx->p++;
        return 0;
    }
    if (*s == '"') {
        const char *q = s + 1;
        while (q < lx->end && *q != '"' && *q != '\n')
            q++;
        if (q >= lx->end || *q != '"')
            return lex_error(lx, t->line, "string %.*s is not closed on its line",
                             (int)(q - s > 20 ? 20 : q - s), s);
        t->kind = TOK_STRING;
        token_set(t, s + 1, (size_t)(q - s - 1));
        lx->p = q + 1;
        return 0;
    }
    /* A word or a number runs to the next blank or punctuation. */
    const char *q = s;
    while (q < lx->end && !isspace((unsigned char)*q) && !strchr("{},*\"", *q) &&
           !(lx->end - q >= 2 && q[0] == '/' && q[1] == '*'))
        q++;
    token_set(t, s, (size_t)(q - s));
    lx->p = q;
    if (isdigit((unsigned char)*s) || *s == '-') {
        char *e;
        /* As Conquest: hex after 0x, else decimal (strtol's base 0 would
         * read a leading zero as octal). */
        int base = t->text[0] == '0' && (t->text[1] == 'x' || t->text[1] == 'X') ? 16 : 10;
        errno = 0;
        t->number = strtol(t->text, &e, base);
        if (*e || errno || t->full_len > TOKEN_MAX)
            return lex_error(lx, t->line, "'%s' is not a number", t->text);
        t->kind = TOK_NUMBER;
        return 0;
    }
    t->kind = TOK_WORD;
    return 0;
}

static int is_punct(const struct token *t, char c)
{
    return t->kind == TOK_PUNCT && t->text[0] == c;
}

static int expect_punct(struct lexer *lx, char c, const char *what)
{
    struct token t;
    int rc = next_token(lx, &t);

    if (rc)
        return rc;
    if (!is_punct(&t, c))
        return lex_error(lx, t.line, "expected '%c' %s, found '%s'", c, what, t.text);
    return 0;
}

static int expect_number(struct lexer *lx, const char *what, long min, long max, long *out,
                         int *line)
{
    struct token t;
    int rc = next_token(lx, &t);

    if (rc)
        return rc;
    if (t.kind != TOK_NUMBER)
        return lex_error(lx, t.line, "expected %s (a number), found '%s'", what, t.text);
    if (t.number < min || t.number > max)
        return lex_error(lx, t.line, "%s out of range: '%s'", what, t.text);
    *out = t.number;
    if (line)
        *line = t.line;
    return 0;
}

static int is_identifier(const char *s)
{
    if (!*s)
        return 0;
    for (; *s; s++)
        if (!isalnum((unsigned char)*s) && *s != '_')
            return 0;
    return 1;
}

int schema_is_column(const struct schema_column *c)
{
    return c->dicom_type != SCHEMA_DT_STARTSEQUENCE && c->dicom_type != SCHEMA_DT_ENDSEQUENCE;
}

/* { 0xGGGG, 0xEEEE, "Name", Length, SQLType, DICOMType [, "HL7"] } after '{'. */
static int parse_entry(struct lexer *lx, int truncate, struct schema_column *c)
{
    struct token t;
    long v;
    int rc;

    memset(c, 0, sizeof *c);
    c->line = lx->line;
    rc = expect_number(lx, "the group", 0, 0xFFFF, &v, &c->line);
    if (rc)
        return rc;
    c->group = (uint16_t)v;
    rc = expect_punct(lx, ',', "after the group");
    if (rc == 0)
        rc = expect_number(lx, "the element", 0, 0xFFFF, &v, NULL);
    if (rc)
        return rc;
    c->element = (uint16_t)v;
    rc = expect_punct(lx, ',', "after the element");
    if (rc == 0)
        rc = next_token(lx, &t);
    if (rc)
        return rc;
    if (t.kind != TOK_STRING)
        return lex_error(lx, t.line, "expected the column name in quotes, found '%s'", t.text);
    if (t.full_len > SCHEMA_NAME_MAX)
        return lex_error(lx, t.line, "column name '%s...' is longer than 64 characters", t.text);
    strcpy(c->name, t.text);
    rc = expect_punct(lx, ',', "after the column name");
    if (rc == 0)
        rc = expect_number(lx, "the length", 0, 65535, &v, NULL);
    if (rc)
        return rc;
    c->length = (int)v;
    rc = expect_punct(lx, ',', "after the length");
    if (rc == 0)
        rc = next_token(lx, &t);
    if (rc)
        return rc;
    if (t.kind == TOK_WORD && strcmp(t.text, "SQL_C_CHAR") == 0)
        c->sql_type = SCHEMA_SQL_CHAR;
    else if (t.kind == TOK_WORD && strcmp(t.text, "SQL_C_DATE") == 0)
        c->sql_type = SCHEMA_SQL_DATE;
    else
        return lex_error(lx, t.line, "unknown SQL type '%s' (SQL_C_CHAR or SQL_C_DATE)", t.text);
    rc = expect_punct(lx, ',', "after the SQL type");
    if (rc == 0)
        rc = next_token(lx, &t);
    if (rc)
        return rc;
    size_t i;
    for (i = 0; i < sizeof dicom_types / sizeof dicom_types[0]; i++)
        if (t.kind == TOK_WORD && strcmp(t.text, dicom_types[i].name) == 0)
            break;
    if (i == sizeof dicom_types / sizeof dicom_types[0])
        return lex_error(lx, t.line, "unknown DICOM type '%s'", t.text);
    c->dicom_type = dicom_types[i].type;
    rc = next_token(lx, &t);
    if (rc)
        return rc;
    if (is_punct(&t, ',')) {
        rc = next_token(lx, &t);
        if (rc)
            return rc;
        if (t.kind != TOK_STRING || t.full_len > SCHEMA_NAME_MAX)
            return lex_error(lx, t.line, "expected the HL7 field in quotes, found '%s'", t.text);
        strcpy(c->hl7, t.text);
        rc = next_token(lx, &t);
        if (rc)
            return rc;
    }
    if (!is_punct(&t, '}'))
        return lex_error(lx, t.line, "expected '}' to close the entry, found '%s'", t.text);

    if (schema_is_column(c)) {
        if (!is_identifier(c->name))
            return lex_error(lx, c->line, "column name '%s' may hold only letters, digits and '_'",
                             c->name);
        if (c->length < 1)
            return lex_error(lx, c->line, "column '%s' needs a length of at least 1", c->name);
    }
    strcpy(c->column, c->name);
    if (truncate > 0 && truncate < SCHEMA_NAME_MAX && strlen(c->column) > (size_t)truncate)
        c->column[truncate] = '\0';
    return 0;
}

/* '{' entries '}' after the level header; commas between entries optional. */
static int parse_block(struct lexer *lx, int truncate, struct schema_table *tab)
{
    struct token t;
    size_t alloc = 0;
    int rc;

    rc = expect_punct(lx, '{', "to open the block");
    if (rc)
        return rc;
    for (;;) {
        rc = next_token(lx, &t);
        if (rc)
            return rc;
        if (is_punct(&t, '}'))
            return 0;
        if (is_punct(&t, ',') && tab->ncolumns > 0)
            continue;
        if (!is_punct(&t, '{'))
            return lex_error(lx, t.line,
                             "expected '{' to start an entry or '}' to end *%s*, found '%s'",
                             tab->level, t.text);
        if (tab->ncolumns == SCHEMA_MAX_COLUMNS)
            return lex_error(lx, t.line, "more than 256 entries in *%s*", tab->level);
        if (tab->ncolumns == alloc) {
            size_t n = alloc ? alloc * 2 : 16;
            struct schema_column *cols = realloc(tab->columns, n * sizeof *cols);
            if (!cols)
                return -ENOMEM;
            tab->columns = cols;
            alloc = n;
        }
        rc = parse_entry(lx, truncate, &tab->columns[tab->ncolumns]);
        if (rc)
            return rc;
        tab->ncolumns++;
    }
}

/* A table needs distinct column names, a key, and a link to its parent. */
static int check_table(struct lexer *lx, const struct schema *s, enum schema_level lv)
{
    const struct schema_table *tab = &s->tables[lv];
    size_t ncols = 0;

    for (size_t i = 0; i < tab->ncolumns; i++) {
        const struct schema_column *c = &tab->columns[i];
        if (!schema_is_column(c))
            continue;
        ncols++;
        for (size_t j = 0; j < i; j++) {
            const struct schema_column *d = &tab->columns[j];
            if (schema_is_column(d) && strcasecmp(c->column, d->column) == 0) {
                return lex_error(lx, c->line, "column %s repeats the column of line %d", c->column,
                                 d->line);
            }
        }
    }
    if (lv == SCHEMA_WORKLIST)
        return 0;
    if (ncols == 0 || !schema_is_column(&tab->columns[0]))
        return lex_error(lx, lx->line, "*%s* has no key column (its first entry)", tab->level);
    if (lv == SCHEMA_PATIENT)
        return 0;
    const struct schema_column *link = &tab->columns[tab->ncolumns - 1];
    const struct schema_column *parent_key = &s->tables[lv - 1].columns[0];
    if (ncols < 2 || link->group != parent_key->group || link->element != parent_key->element) {
        return lex_error(lx, tab->ncolumns ? link->line : lx->line,
                         "the last entry of *%s* must link to the parent's key (%04x,%04x)",
                         tab->level, parent_key->group, parent_key->element);
    }
    return 0;
}

int schema_parse(const char *text, size_t len, int truncate, const char *source,
                 struct schema **out, char *err, size_t errlen)
{
    struct lexer lx = {text, text + len, 1, source ? source : "dicom.sql", err, errlen};
    struct schema *s = calloc(1, sizeof *s);
    struct token t;
    int seen[SCHEMA_LEVELS] = {0};
    int rc;

    *out = NULL;
    if (!s)
        return -ENOMEM;
    for (int i = 0; i < SCHEMA_LEVELS; i++) {
        s->tables[i].table = table_names[i];
        s->tables[i].level = level_names[i];
    }
    for (;;) {
        int lv;
        rc = next_token(&lx, &t);
        if (rc)
            goto fail;
        if (t.kind == TOK_END)
            break;
        if (!is_punct(&t, '*')) {
            rc = lex_error(&lx, t.line, "expected a block such as *Patient*, found '%s'", t.text);
            goto fail;
        }
        rc = next_token(&lx, &t);
        if (rc)
            goto fail;
        for (lv = 0; lv < SCHEMA_LEVELS; lv++)
            if (t.kind == TOK_WORD && strcmp(t.text, level_names[lv]) == 0)
                break;
        if (lv == SCHEMA_LEVELS) {
            rc =
                lex_error(&lx, t.line,
                          "unknown block '%s' (Patient, Study, Series, Image or WorkList)", t.text);
            goto fail;
        }
        if (seen[lv]) {
            rc = lex_error(&lx, t.line, "block *%s* appears twice", t.text);
            goto fail;
        }
        seen[lv] = 1;
        rc = expect_punct(&lx, '*', "after the block name");
        if (rc == 0)
            rc = parse_block(&lx, truncate, &s->tables[lv]);
        if (rc)
            goto fail;
    }
    for (int lv = 0; lv < SCHEMA_LEVELS; lv++) {
        if (!seen[lv]) {
            rc = lex_error(&lx, lx.line, "block *%s* is missing", level_names[lv]);
            goto fail;
        }
    }
    for (int lv = 0; lv < SCHEMA_LEVELS; lv++) {
        rc = check_table(&lx, s, (enum schema_level)lv);
        if (rc)
            goto fail;
    }
    *out = s;
    return 0;
fail:
    schema_free(s);
    return rc;
}

int schema_load(const char *path, int truncate, struct schema **out, char *err, size_t errlen)
{
    char *text;
    size_t len;
    /* dicom.sql is a few KB; a cap keeps a wrong path harmless. */
    int rc = file_read_all(path, 1u << 20, &text, &len, err, errlen);

    *out = NULL;
    if (rc)
        return rc;
    rc = schema_parse(text, len, truncate, path, out, err, errlen);
    free(text);
    return rc;
}

void schema_free(struct schema *s)
{
    if (!s)
        return;
    for (int i = 0; i < SCHEMA_LEVELS; i++)
        free(s->tables[i].columns);
    free(s);
}

const struct schema_column *schema_find(const struct schema *s, enum schema_level level,
                                        uint16_t group, uint16_t element)
{
    const struct schema_table *tab = &s->tables[level];

    for (size_t i = 0; i < tab->ncolumns; i++) {
        const struct schema_column *c = &tab->columns[i];
        if (c->group == group && c->element == element && schema_is_column(c))
            return c;
    }
    return NULL;
}

const char *schema_sql_type_name(enum schema_sql_type t)
{
    return t == SCHEMA_SQL_DATE ? "SQL_C_DATE" : "SQL_C_CHAR";
}

const char *schema_dicom_type_name(enum schema_dicom_type t)
{
    for (size_t i = 0; i < sizeof dicom_types / sizeof dicom_types[0]; i++)
        if (dicom_types[i].type == t)
            return dicom_types[i].name;
    return "--bad--";
}

/* The DICOM type as Conquest's dump spells it (with the VR for some). */
static const char *dump_type_name(enum schema_dicom_type t)
{
    switch (t) {
    case SCHEMA_DT_DATE:
        return "DT_DATE (DA)";
    case SCHEMA_DT_UINT16:
        return "DT_UINT16 (US)";
    case SCHEMA_DT_UINT32:
        return "DT_UINT32 (UL)";
    case SCHEMA_DT_UI:
        return "DT_UI (UI)";
    case SCHEMA_DT_STARTSEQUENCE:
        return "Start sequence";
    case SCHEMA_DT_ENDSEQUENCE:
        return "End sequence";
    default:
        return schema_dicom_type_name(t);
    }
}

void schema_dump(const struct schema *s, FILE *fp)
{
    fprintf(fp, "**\tDatabase Description dump\n\n");
    for (int lv = 0; lv < SCHEMA_LEVELS; lv++) {
        const struct schema_table *tab = &s->tables[lv];
        fprintf(fp, "--%s Database: %s\n", tab->level, tab->table);
        for (size_t i = 0; i < tab->ncolumns; i++) {
            const struct schema_column *c = &tab->columns[i];
            fprintf(fp, "0x%4.4x,0x%4.4x  %10s  %4d  %10s  %14s  %10s\n", c->group, c->element,
                    c->column, c->length, schema_sql_type_name(c->sql_type),
                    dump_type_name(c->dicom_type), c->hl7);
        }
    }
}
