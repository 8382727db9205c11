/* HL7 orders into worklist rows; see loadhl7.h. The sources of dicom.sql
 * are read once into `struct source`; each order then takes its values
 * from its message (hl7.h) and makes them UTF-8 (charset.h). */
#include "core/loadhl7.h"

#include "db/jobs.h"
#include "db/tables.h"
#include "db/worklist.h"
#include "dicom/charset.h"
#include "dicom/uid.h"
#include "util/error.h"
#include "util/file.h"
#include "util/str.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>

#define TEXT_MAX (64u << 20) /* the values of one file, UTF-8 */

enum source_kind { SRC_NONE, SRC_FIELD, SRC_ACCESSION, SRC_UID };
enum source_part { PART_ALL, PART_DATE, PART_TIME };

/* Where a column's value comes from. */
struct source {
    enum source_kind kind;
    char seg[4];
    int field, component; /* component 0: the whole field */
    enum source_part part;
};

/* One value while the rows grow: offsets, since the text may move. */
struct cell {
    size_t off, len;
    int null;
};

struct build {
    const struct schema_table *t;
    struct source *src;
    struct cell *cells;
    size_t ncells, capcells;
    struct buf *text;
    char *field; /* one HL7 value, raw */
    const char *uid_prefix;
    unsigned long accession_base, accessions;
};

static int parse_number(const char **p, int max, int *out)
{
    int n = 0, digits = 0;

    while (**p >= '0' && **p <= '9' && digits < 4) {
        n = n * 10 + (**p - '0');
        (*p)++;
        digits++;
    }
    if (digits == 0 || n > max)
        return DG_EPARSE;
    *out = n;
    return 0;
}

/* "OBR.4", "OBR.4.1", "OBR.7.DATE", "OBR.7.TIME", "*AN", "*UI", "---", "". */
static int parse_source(const char *text, struct source *src)
{
    const char *p = text;
    int m;

    memset(src, 0, sizeof *src);
    if (text[0] == '\0' || strcmp(text, "---") == 0)
        return 0;
    if (strcmp(text, "*AN") == 0 || strcmp(text, "*UI") == 0) {
        src->kind = text[1] == 'A' ? SRC_ACCESSION : SRC_UID;
        return 0;
    }
    for (int i = 0; i < 3; i++) {
        if (!((p[i] >= 'A' && p[i] <= 'Z') || (p[i] >= '0' && p[i] <= '9')))
            return DG_EPARSE;
        src->seg[i] = p[i];
    }
    p += 3;
    if (*p++ != '.' || parse_number(&p, 999, &src->field))
        return DG_EPARSE;
    src->kind = SRC_FIELD;
    if (*p == '\0')
        return 0;
    if (*p++ != '.')
        return DG_EPARSE;
    if (strcmp(p, "DATE") == 0 || strcmp(p, "TIME") == 0) {
        src->part = p[0] == 'D' ? PART_DATE : PART_TIME;
        return 0;
    }
    if (parse_number(&p, 998, &m) || *p != '\0')
        return DG_EPARSE;
    src->component = m + 1; /* Conquest counts components from 0 */
    return 0;
}

/* MSH-18 as a Specific Character Set; "" (none) is the default
 * repertoire, which reads UTF-8 where it is valid and Latin-1 elsewhere. */
static int message_charset(const struct hl7_msg *m, struct cs_spec *spec, char *name, size_t len)
{
    static const struct {
        const char *hl7, *dicom;
    } sets[] = {
        {"", ""},
        {"ASCII", ""},
        {"8859/1", "ISO_IR 100"},
        {"8859/2", "ISO_IR 101"},
        {"8859/3", "ISO_IR 109"},
        {"8859/4", "ISO_IR 110"},
        {"8859/5", "ISO_IR 144"},
        {"8859/6", "ISO_IR 127"},
        {"8859/7", "ISO_IR 126"},
        {"8859/8", "ISO_IR 138"},
        {"8859/9", "ISO_IR 148"},
        {"8859/15", "ISO_IR 203"},
        {"UNICODE", "ISO_IR 192"},
        {"UNICODE UTF-8", "ISO_IR 192"},
    };
    size_t n = 0;

    if (hl7_value(m, "MSH", 0, 18, 0, name, len - 1, &n) != 0) {
        snprintf(name, len, "(longer than %zu bytes)", len - 1);
        return DG_ECHARSET;
    }
    name[n] = '\0';
    for (size_t i = 0; i < sizeof sets / sizeof sets[0]; i++)
        if (strcmp(name, sets[i].hl7) == 0)
            return cs_spec_parse((const uint8_t *)sets[i].dicom, strlen(sets[i].dicom), spec);
    return DG_ECHARSET;
}

/* The date (its first 8 characters) or the time (what follows them, up to
 * a time zone) of an HL7 timestamp YYYYMMDD[HHMM[SS[.S...]]][+/-ZZZZ]. */
static void timestamp_part(enum source_part part, const char **p, size_t *len)
{
    size_t date = *len < 8 ? *len : 8;

    if (part == PART_DATE) {
        *len = date;
        return;
    }
    *p += date;
    *len -= date;
    for (size_t i = 0; i < *len; i++) {
        if ((*p)[i] == '+' || (*p)[i] == '-') {
            *len = i;
            break;
        }
    }
}

/* Record the value at text[off, off + len) (or NULL) as the next cell. */
static int add_cell(struct build *bd, size_t off, size_t len, int null)
{
    struct cell *cells = buf_grow_array(bd->cells, &bd->capcells, bd->ncells, sizeof *cells, 256);

    if (!cells)
        return -ENOMEM;
    bd->cells = cells;
    cells[bd->ncells++] = (struct cell){off, len, null};
    return 0;
}

/* Append a value made here (a new UID, an accession number) as a cell. */
static int add_text(struct build *bd, const char *p)
{
    size_t off = bd->text->len, len = strlen(p);
    int rc = buf_append(bd->text, p, len);

    return rc ? rc : add_cell(bd, off, len, 0);
}

/* A new 16-digit accession number: the time in seconds, then a number
 * that starts at random and counts the orders of this load. */
static int new_accession(struct build *bd, char out[17])
{
    if (bd->accessions == 0) {
        unsigned int r = 0;
        if (getrandom(&r, sizeof r, 0) != (ssize_t)sizeof r)
            r = (unsigned int)clock();
        bd->accession_base = r % 1000000u;
    }
    snprintf(out, 17, "%010llu%06lu", (unsigned long long)time(NULL) % 10000000000ull,
             (bd->accession_base + bd->accessions++) % 1000000ul);
    return 0;
}

/* The row of order k (its OBR occurrence) of message m. */
static int order_row(struct build *bd, const struct hl7_msg *m, size_t k,
                     const struct cs_spec *spec, size_t msg_no, FILE *notes)
{
    char made[UID_MAX_LEN + 1];
    int rc = 0;

    for (size_t i = 0; i < bd->t->ncolumns && rc == 0; i++) {
        const struct source *src = &bd->src[i];
        const struct schema_column *c = &bd->t->columns[i];
        const char *p = bd->field;
        size_t len = 0, nbad = 0;

        if (!schema_is_column(c) || src->kind == SRC_NONE) {
            rc = add_cell(bd, 0, 0, 1);
            continue;
        }
        if (src->kind == SRC_ACCESSION || src->kind == SRC_UID) {
            rc = src->kind == SRC_UID ? uid_generate(bd->uid_prefix, made, sizeof made)
                                      : new_accession(bd, made);
            if (rc == 0)
                rc = add_text(bd, made);
            continue;
        }
        size_t count = hl7_segment_count(m, src->seg);
        size_t occ = count == 0 ? 0 : (k < count ? k : count - 1);
        rc =
            hl7_value(m, src->seg, occ, src->field, src->component, bd->field, HL7_MAX_FIELD, &len);
        if (rc)
            break;
        if (src->part != PART_ALL)
            timestamp_part(src->part, &p, &len);
        size_t start = bd->text->len;
        struct cs_conv *cv = cs_thread_conv();
        rc = cv ? cs_to_utf8(cv, spec, CS_PN, (const uint8_t *)p, len, bd->text, &nbad) : -ENOMEM;
        if (rc)
            break;
        if (nbad && notes)
            fprintf(notes, "message %zu: %s: %zu byte(s) not valid in the character set replaced\n",
                    msg_no, c->name, nbad);
        rc = add_cell(bd, start, bd->text->len - start, bd->text->len == start);
    }
    return rc;
}

static int is_order(const struct hl7_msg *m, char *type, size_t len)
{
    size_t n = 0;

    if (hl7_value(m, "MSH", 0, 9, 0, type, len - 1, &n) != 0)
        n = 0;
    type[n] = '\0';
    return (n >= 3 &&
            (memcmp(type, "ORM", 3) == 0 || memcmp(type, "OMI", 3) == 0 ||
             memcmp(type, "OMG", 3) == 0) &&
            (n == 3 || type[3] == '^'));
}

int loadhl7_rows(const struct schema *s, const struct hl7_batch *b, const char *uid_prefix,
                 struct loadhl7_rows *out, FILE *notes, char *err, size_t errlen)
{
    struct build bd = {0};
    int rc = 0;

    memset(out, 0, sizeof *out);
    if (errlen)
        err[0] = '\0';
    buf_init(&out->text, TEXT_MAX);
    bd.t = &s->tables[SCHEMA_WORKLIST];
    bd.text = &out->text;
    bd.uid_prefix = uid_prefix;
    out->ncolumns = bd.t->ncolumns;
    bd.src = calloc(bd.t->ncolumns ? bd.t->ncolumns : 1, sizeof *bd.src);
    bd.field = malloc(HL7_MAX_FIELD);
    if (!bd.src || !bd.field)
        rc = -ENOMEM;
    for (size_t i = 0; i < bd.t->ncolumns && rc == 0; i++) {
        const struct schema_column *c = &bd.t->columns[i];
        if (schema_is_column(c) && parse_source(c->hl7, &bd.src[i]) != 0) {
            snprintf(err, errlen,
                     "dicom.sql line %d: the HL7 source '%s' of %s is not SEG.N, SEG.N.M, "
                     "SEG.N.DATE, SEG.N.TIME, *AN, *UI or ---",
                     c->line, c->hl7, c->name);
            rc = DG_EPARSE;
        }
    }
    for (size_t i = 0; i < hl7_message_count(b) && rc == 0; i++) {
        const struct hl7_msg *m = hl7_message(b, i);
        struct cs_spec spec;
        char type[32], charset[32];
        size_t orders = hl7_segment_count(m, "OBR");
        if (!is_order(m, type, sizeof type)) {
            if (notes)
                fprintf(notes, "message %zu (%s) is not an order (ORM, OMI, OMG): skipped\n", i + 1,
                        type[0] ? type : "no MSH-9");
            continue;
        }
        if (orders == 0) {
            if (notes)
                fprintf(notes, "message %zu (%s) has no OBR segment: skipped\n", i + 1, type);
            continue;
        }
        if (message_charset(m, &spec, charset, sizeof charset) != 0) {
            snprintf(err, errlen,
                     "message %zu: character set '%s' (MSH-18) is not one we know (8859/1 .. "
                     "8859/9, 8859/15, UNICODE UTF-8, ASCII)",
                     i + 1, charset);
            rc = DG_EPARSE;
            break;
        }
        for (size_t k = 0; k < orders && rc == 0; k++) {
            rc = order_row(&bd, m, k, &spec, i + 1, notes);
            if (rc == 0)
                out->nrows++;
        }
    }
    if (rc == DG_ETOOBIG && !err[0])
        snprintf(err, errlen, "the orders' values pass %u MiB", TEXT_MAX >> 20);
    if (rc == 0) {
        out->values = calloc(bd.ncells ? bd.ncells : 1, sizeof *out->values);
        if (!out->values)
            rc = -ENOMEM;
    }
    for (size_t i = 0; i < bd.ncells && rc == 0; i++)
        out->values[i] = bd.cells[i].null ? db_null()
                                          : db_text((const char *)out->text.data + bd.cells[i].off,
                                                    bd.cells[i].len);
    free(bd.src);
    free(bd.field);
    free(bd.cells);
    return rc;
}

void loadhl7_rows_free(struct loadhl7_rows *r)
{
    free(r->values);
    r->values = NULL;
    buf_free(&r->text);
}

int loadhl7_job(const struct config *cfg, const char *path)
{
    struct hl7_batch *b = NULL;
    struct loadhl7_rows rows;
    struct schema *s = NULL;
    struct db *db = NULL;
    char *data = NULL, err[512] = "";
    size_t len = 0;
    int rc, code = 1;

    memset(&rows, 0, sizeof rows);
    rc = file_read_all(path, HL7_MAX_INPUT, &data, &len, err, sizeof err);
    if (rc) {
        fprintf(stderr, "dgate: --loadhl7: %s; nothing loaded\n", err);
        goto done;
    }
    rc = hl7_parse((const uint8_t *)data, len, &b, err, sizeof err);
    if (rc) {
        fprintf(stderr, "dgate: --loadhl7: %s: %s; nothing loaded\n", path,
                err[0] ? err : dg_strerror(rc));
        goto done;
    }
    s = db_job_schema(cfg);
    if (!s)
        goto done;
    rc = loadhl7_rows(s, b, cfg->uid_prefix, &rows, stdout, err, sizeof err);
    if (rc) {
        fprintf(stderr, "dgate: --loadhl7: %s: %s; nothing loaded\n", path,
                err[0] ? err : dg_strerror(rc));
        goto done;
    }
    if (rows.nrows == 0) {
        fprintf(stderr, "dgate: --loadhl7: %s: no order (ORM, OMI, OMG with OBR); nothing loaded\n",
                path);
        goto done;
    }
    db = db_job_open(cfg);
    if (!db)
        goto done;
    rc = tables_create_missing(db, s, NULL, NULL);
    if (rc == 0)
        rc = worklist_write(db, s, rows.values, rows.nrows);
    if (rc) {
        fprintf(stderr, "dgate: --loadhl7: %s: %s: %s; nothing loaded\n", path, dg_strerror(rc),
                db_error(db));
        goto done;
    }
    printf("Loaded %zu worklist entr%s from %s\n", rows.nrows, rows.nrows == 1 ? "y" : "ies", path);
    code = 0;
done:
    db_close(db);
    loadhl7_rows_free(&rows);
    schema_free(s);
    hl7_free(b);
    free(data);
    return code;
}
