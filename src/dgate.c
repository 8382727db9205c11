/* dgate: the command line. Parses Conquest's switches (attached `-p5679` and
 * separate `-p 5679` forms) and our long options, finds and loads the
 * configuration, and runs one job. The jobs themselves live in their modules. */
#include "archive/mag.h"
#include "config/amap.h"
#include "codec/compression.h"
#include "config/config.h"
#include "core/delete.h"
#include "core/import.h"
#include "core/loadhl7.h"
#include "core/recompress.h"
#include "db/db.h"
#include "db/jobs.h"
#include "dicom/dump.h"
#include "dicom/uid.h"
#include "server/server.h"
#include "util/error.h"
#include "util/log.h"
#include "util/str.h"
#include "web/auth.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum job {
    JOB_SERVE,
    JOB_LIST_MAP,
    JOB_LIST_DEVICES,
    JOB_LIST_SQL,
    JOB_INIT_DB,
    JOB_REGEN,
    JOB_INIT_IF_ABSENT,
    JOB_REGEN_IF_ABSENT,
    JOB_DUMP,
    JOB_LOAD_HL7,
    JOB_ADD_FILE,
    JOB_LOAD_DIR,
    JOB_RECOMPRESS,
    JOB_REGEN_PART,
    JOB_REGEN_FILE,
    JOB_DELETE,
    JOB_PRINT_SOP,
    JOB_GENUID,
    JOB_WEBUSER,
    JOB_VERSION,
    JOB_HELP,
};

struct options {
    enum job job;
    const char *config_dir; /* -w */
    int verbose;            /* -v */
    int debug;              /* -b */
    int port;               /* -p, 0 = from dicom.ini */
    const char *ae;         /* -h */
    int mode;               /* the number after -i / -r */
    const char *file;       /* --dump FILE, --loadhl7:FILE, -jd/-jc FILE, --addimagefile:FILE... */
    int device_first;       /* -ar/--regendevice: (file is "DEV[,DIR]"), not -fr/--regendir: */
    struct delete_target target; /* -fp -ft -fs -fi -z, --delete*: */
    const char *webuser;         /* --webuser:NAME:ROLES */
    char code[8];                /* -jc's compression code, "un" for -jd */
};

static void usage(FILE *fp)
{
    fprintf(fp,
            "DGATE: conquest-dicom-server DICOM server and PACS utility application " VERSION "\n"
            "\n"
            "Usage:\n"
            "(1) DGATE <-v>                Report to stdout\n"
            "          [-p#|-hAE|-b]       Set port|AE|Single thread debug mode\n"
            "          [-wDIR]             Set the working directory for dgate(ini,dic,...)\n"
            "          [-i|-r]             Init|Init/regenerate DB\n"
            "          [-d|-m|-k]          List (-d) devices (-m) AE map (-k) DICOM.SQL\n"
            "          [-jd|-jc#,FILE]     Decompress|compress (# a code: j2, jr, un...) FILE\n"
            "          [-faFILE[,PATID]]   Add FILE to the server (copied to a MAG device)\n"
            "          [-feFILE]           Index FILE where it lies on a MAG device\n"
            "          [-fr[DEV,]DIR]      Index directory DIR of DEV (default MAG0)\n"
            "          [-arDEV[,DIR]]      Index device DEV (or its DIR); tables kept\n"
            "          [-fpPATID|-zPATID]  Delete (zap) a patient: rows and files\n"
            "          [-ftUID|-fsUID|-fiUID] Delete a study|series|image: rows and files\n"
            "          [-f?FILE|-fu]       Print FILE's SOPInstanceUID|a new UID\n"
            "                              Otherwise: run as threaded server, port=TCPPort\n"
            "\n"
            "Long options:\n"
            "  --dump FILE                 print every element of a DICOM file\n"
            "  --loadhl7:FILE              load the orders of an HL7 file into the worklist\n"
            "  --addimagefile:FILE[,PATID] import a DICOM file (DroppedFileCompression),\n"
            "                              its PatientID replaced by PATID when given\n"
            "  --loadanddeletedir:DIR[,PATID]\n"
            "                              import every file below DIR, deleting each one\n"
            "                              imported\n"
            "  --regen:                    index every MAG device again, tables kept\n"
            "  --regendevice:DEV[,DIR]     -ar: index device DEV (or its DIR) again\n"
            "  --regendir:DEV,DIR          -fr: index directory DIR of DEV again\n"
            "  --regenfile:FILE            -fe: index FILE where it lies on a MAG device\n"
            "  --deletepatient:PATID       -fp: delete a patient's rows and files\n"
            "  --deletestudy:PATID:UID     -ft: delete a study (PATID may be empty)\n"
            "  --deleteseries:PATID:UID    -fs: delete a series\n"
            "  --deleteimage:PATID:UID     -fi: delete an image\n"
            "  --genuid:                   -fu: print a new UID (under UIDPrefix)\n"
            "  --webuser:NAME:ROLES        add or replace a user of the web server (WebUsers),\n"
            "                              the password read from stdin; ROLES: read, upload,\n"
            "                              delete, admin, comma-separated\n"
            "  --init-if-absent            create the database tables that are missing;\n"
            "                              never drop anything (for package upgrades)\n"
            "  --regen-if-absent           -r when the index has no tables yet, else\n"
            "                              --init-if-absent (package installs)\n"
            "  --help, -?                  this text\n"
            "  --version                   print the version and exit\n"
            "\n"
            "dicom.ini is looked for in -w DIR, else in the current directory, else\n"
            "beside the dgate binary, else in " DGATE_CONFDIR ".\n");
}

/* The value of a switch of `len` characters: attached (`-p5679`) or the
 * next argument (`-p 5679`). */
static char *switch_value(int argc, char **argv, int *i, size_t len)
{
    if (argv[*i][len])
        return argv[*i] + len;
    if (*i + 1 < argc) {
        (*i)++;
        return argv[*i];
    }
    return NULL;
}

/* -jdFILE, -jd FILE; -jc<code>FILE (a two-letter code), -jc<code>,FILE
 * (any code, j375 too) or -jc<code> FILE. Returns 0 or 2. */
static int parse_recompress(int argc, char **argv, int *i, struct options *o)
{
    const char *a = argv[*i] + 3, *comma = strchr(a, ',');
    struct compression c;
    size_t n = 2;

    o->job = JOB_RECOMPRESS;
    if ((argv[*i][2] | 0x20) == 'd') {
        strcpy(o->code, "un");
        n = 0;
    } else if (comma) {
        n = (size_t)(comma - a);
    } else if (*i + 1 < argc && strlen(a) < sizeof o->code &&
               compression_parse(a, 95, &c) != DG_EPARSE) {
        n = strlen(a);
    }
    if (n > 0) {
        if (n >= sizeof o->code || strlen(a) < n) {
            fprintf(stderr, "dgate: -jc needs a compression code and a file: -jcj2FILE\n");
            return 2;
        }
        memcpy(o->code, a, n);
        o->code[n] = '\0';
        a += n + (comma != NULL);
    }
    o->file = *a ? a : (*i + 1 < argc ? argv[++*i] : NULL);
    if (!o->file || !o->file[0]) {
        fprintf(stderr, "dgate: %.3s needs a file name\n", argv[*i]);
        return 2;
    }
    return 0;
}

/* What a delete names: "UID", or "PATID:UID" for the --delete*: commands
 * (split at the last ':', which no UID holds; an empty PATID is any). */
static void delete_keys(struct options *o, char level, char *arg, int with_patient)
{
    char *colon = with_patient && level != 'p' ? strrchr(arg, ':') : NULL;
    const char **uid = level == 't'   ? &o->target.study
                       : level == 's' ? &o->target.series
                       : level == 'i' ? &o->target.instance
                                      : &o->target.patient;

    o->job = JOB_DELETE;
    memset(&o->target, 0, sizeof o->target);
    if (colon) {
        *colon = '\0';
        o->target.patient = arg[0] ? arg : NULL;
        arg = colon + 1;
    }
    *uid = arg;
}

/* Conquest's --name:args commands that we run: 1 when a is one, 0 when
 * not, 2 after saying what was wrong. */
static int parse_command(char *a, struct options *o)
{
    static const struct {
        const char *name;
        enum job job;
        /* the delete's: p(atient), t (study), s(eries), i(mage); d: a
         * device first; 0: no argument needed */
        char level;
    } commands[] = {
        {"--addimagefile:", JOB_ADD_FILE, 'f'}, {"--loadanddeletedir:", JOB_LOAD_DIR, 'f'},
        {"--regen:", JOB_REGEN_PART, 0},        {"--regendevice:", JOB_REGEN_PART, 'd'},
        {"--regendir:", JOB_REGEN_PART, 'f'},   {"--regenfile:", JOB_REGEN_FILE, 'f'},
        {"--deletepatient:", JOB_DELETE, 'p'},  {"--deletestudy:", JOB_DELETE, 't'},
        {"--deleteseries:", JOB_DELETE, 's'},   {"--deleteimage:", JOB_DELETE, 'i'},
        {"--genuid:", JOB_GENUID, 0},
    };

    for (size_t k = 0; k < sizeof commands / sizeof commands[0]; k++) {
        size_t n = strlen(commands[k].name);
        char *arg = a + n;
        if (strncmp(a, commands[k].name, n) != 0)
            continue;
        o->job = commands[k].job;
        o->file = arg;
        o->device_first = commands[k].level == 'd';
        if (!arg[0] && commands[k].level != 0) {
            fprintf(stderr, "dgate: %s needs an argument (dgate --help)\n", commands[k].name);
            return 2;
        }
        if (o->job == JOB_DELETE)
            delete_keys(o, commands[k].level, arg, 1);
        return 1;
    }
    return 0;
}

/* -fa -fe -fr -fp -ft -fs -fi -f? -fu and -z: Conquest's maintenance
 * switches, the value attached (-fpPATID) or the next argument. Returns 0,
 * or 2 after saying what was wrong. */
static int parse_maintenance(int argc, char **argv, int *i, struct options *o)
{
    const char *a = argv[*i];
    char what = (a[1] | 0x20) == 'z' ? 'z' : (char)(a[2] | 0x20);
    char *v;

    if (what == 'u') {
        o->job = JOB_GENUID;
        return 0;
    }
    if (!strchr("aerptsi?z", what)) {
        fprintf(stderr, "dgate: unknown switch %s\n\n", a);
        usage(stderr);
        return 2;
    }
    v = switch_value(argc, argv, i, what == 'z' ? 2 : 3);
    if (!v || !v[0]) {
        fprintf(stderr, "dgate: %.3s needs a value (dgate --help)\n", a);
        return 2;
    }
    o->file = v;
    if (strchr("aer?", what))
        o->job = what == 'a'   ? JOB_ADD_FILE
                 : what == 'e' ? JOB_REGEN_FILE
                 : what == 'r' ? JOB_REGEN_PART
                               : JOB_PRINT_SOP;
    else /* the deletes; -z zaps a patient as -fp does */
        delete_keys(o, what == 'z' ? 'p' : what, v, 0);
    return 0;
}

/* Returns 0, or 2 after printing what was wrong. */
static int parse_args(int argc, char **argv, struct options *o)
{
    memset(o, 0, sizeof *o);
    o->job = JOB_SERVE;
    for (int i = 1; i < argc; i++) {
        char *a = argv[i];
        const char *v;
        long n;
        int rc;

        if (strcmp(a, "--help") == 0 || strcmp(a, "-?") == 0) {
            o->job = JOB_HELP;
            return 0;
        }
        if (strcmp(a, "--version") == 0) {
            o->job = JOB_VERSION;
            return 0;
        }
        if (strcmp(a, "--init-if-absent") == 0) {
            o->job = JOB_INIT_IF_ABSENT;
            continue;
        }
        if (strcmp(a, "--regen-if-absent") == 0) {
            o->job = JOB_REGEN_IF_ABSENT;
            continue;
        }
        if (strcmp(a, "--dump") == 0 || strncmp(a, "--dump=", 7) == 0) {
            o->job = JOB_DUMP;
            o->file = a[6] == '=' ? a + 7 : (i + 1 < argc ? argv[++i] : NULL);
            if (!o->file) {
                fprintf(stderr, "dgate: --dump needs a file name\n");
                return 2;
            }
            continue;
        }
        /* Conquest's --loadhl7:FILE; also --loadhl7=FILE and --loadhl7 FILE. */
        if (strncmp(a, "--loadhl7", 9) == 0 && strchr(":=", a[9]) != NULL) {
            o->job = JOB_LOAD_HL7;
            o->file = a[9] ? a + 10 : (i + 1 < argc ? argv[++i] : NULL);
            if (!o->file || !o->file[0]) {
                fprintf(stderr, "dgate: --loadhl7 needs a file name\n");
                return 2;
            }
            continue;
        }
        rc = parse_command(a, o);
        if (rc == 2)
            return 2;
        if (rc == 1)
            continue;
        if (strncmp(a, "--webuser:", 10) == 0) {
            o->job = JOB_WEBUSER;
            o->webuser = a + 10;
            continue;
        }
        if (a[0] != '-' || a[1] == '\0' || a[1] == '-') {
            fprintf(stderr, "dgate: unknown argument %s (dgate --help lists the options)\n", a);
            return 2;
        }
        switch (a[1] | 0x20) { /* Conquest's switch letters are case-insensitive. */
        case 'v':
            o->verbose = 1;
            break;
        case 'b':
            o->debug = 1;
            o->verbose = 1;
            break;
        case 'w':
            o->config_dir = switch_value(argc, argv, &i, 2);
            if (!o->config_dir) {
                fprintf(stderr, "dgate: -w needs a directory\n");
                return 2;
            }
            break;
        case 'p':
            v = switch_value(argc, argv, &i, 2);
            if (!v || str_to_long(v, 1, 65535, &n)) {
                fprintf(stderr, "dgate: -p needs a port number in 1..65535\n");
                return 2;
            }
            o->port = (int)n;
            break;
        case 'h':
            o->ae = switch_value(argc, argv, &i, 2);
            if (!o->ae || !o->ae[0] || strlen(o->ae) > 16) {
                fprintf(stderr, "dgate: -h needs an AE title of 1 to 16 characters\n");
                return 2;
            }
            break;
        case 'i':
        case 'r':
            o->job = (a[1] | 0x20) == 'i' ? JOB_INIT_DB : JOB_REGEN;
            if (a[2] && str_to_long(a + 2, 0, 2, &n) == 0)
                o->mode = (int)n;
            else if (a[2]) {
                fprintf(stderr, "dgate: %s: the mode after -%c must be 0, 1 or 2\n", a, a[1]);
                return 2;
            }
            break;
        case 'd':
            o->job = JOB_LIST_DEVICES;
            break;
        case 'm':
            o->job = JOB_LIST_MAP;
            break;
        case 'k':
            o->job = JOB_LIST_SQL;
            break;
        case 'f':
        case 'z':
            if (parse_maintenance(argc, argv, &i, o))
                return 2;
            break;
        case 'a':
            if ((a[2] | 0x20) == 'r') {
                o->job = JOB_REGEN_PART;
                o->device_first = 1;
                o->file = switch_value(argc, argv, &i, 3);
                if (!o->file || !o->file[0]) {
                    fprintf(stderr, "dgate: -ar needs a device: -arMAG0\n");
                    return 2;
                }
                break;
            }
            fprintf(stderr, "dgate: unknown switch %s\n\n", a);
            usage(stderr);
            return 2;
        case 'j':
            if ((a[2] | 0x20) == 'd' || (a[2] | 0x20) == 'c') {
                if (parse_recompress(argc, argv, &i, o))
                    return 2;
                break;
            }
            fprintf(stderr, "dgate: unknown switch %s\n\n", a);
            usage(stderr);
            return 2;
        default:
            fprintf(stderr, "dgate: unknown switch %s\n\n", a);
            usage(stderr);
            return 2;
        }
    }
    return 0;
}

/* The directory of the running binary, for Conquest's all-in-one layout. */
static int exe_dir(char *out, size_t outlen)
{
    ssize_t n = readlink("/proc/self/exe", out, outlen - 1);
    char *slash;

    if (n <= 0)
        return -errno;
    out[n] = '\0';
    slash = strrchr(out, '/');
    if (!slash)
        return DG_ENOTFOUND;
    *slash = '\0';
    return 0;
}

static int list_map(const struct config *cfg)
{
    struct amap *map;
    char err[PATH_MAX + 256];
    int rc = amap_load(cfg->acrnema_map, &map, err, sizeof err);

    if (rc) {
        fprintf(stderr, "dgate: %s\n", err);
        return 1;
    }
    amap_dump(map, stdout);
    amap_free(map);
    return 0;
}

static int list_devices(const struct config *cfg)
{
    int rc = 0;

    /* Conquest's lines exactly (PrintFreeSpace), for scripts that read them:
     * every device, in order, opening nothing. */
    printf("** MAG DEVICE CHECK\n\n");
    for (int i = 0; i < cfg->mag_devices; i++) {
        uint64_t bytes;
        int err = mag_free_space(cfg->mag[i], &bytes);
        if (err != 0) {
            printf("MAG%d %s: %s\n", i, cfg->mag[i], strerror(-err));
            rc = 1;
            continue;
        }
        printf("Free space on MAG   Device %d := %llu MByte\n", i,
               (unsigned long long)(bytes >> 20));
    }
    return rc;
}

/* dgate -jd / -jc: one file in place; 1 and the reason on failure. */
static int recompress_job(const struct config *cfg, const char *code, const char *file)
{
    char err[512];
    int changed;

    if (recompress_file(file, code, COMPRESSION_LOSSY_QUALITY, cfg->uid_prefix, &changed, err,
                        sizeof err) != 0) {
        fprintf(stderr, "dgate: %s: %s\n", file, err);
        return 1;
    }
    printf("%s: %s\n", file, changed ? "rewritten" : "unchanged: already so");
    return 0;
}

/* dgate -fu, --genuid: one new UID under UIDPrefix. */
static int print_new_uid(const struct config *cfg)
{
    char uid[UID_MAX_LEN + 1];
    int rc = uid_generate(cfg->uid_prefix, uid, sizeof uid);

    if (rc != 0) {
        fprintf(stderr, "dgate: cannot make a UID: %s\n", dg_strerror(rc));
        return 1;
    }
    printf("%s\n", uid);
    return 0;
}

static int run_job(const struct options *opt, const struct config *cfg)
{
    switch (opt->job) {
    case JOB_SERVE:
        return server_main(cfg, opt->debug);
    case JOB_LIST_MAP:
        return list_map(cfg);
    case JOB_LIST_DEVICES:
        return list_devices(cfg);
    case JOB_LIST_SQL:
        return db_job_list_sql(cfg);
    case JOB_INIT_DB:
        return db_job_init(cfg, opt->mode);
    case JOB_REGEN:
        return db_job_regen(cfg, opt->mode);
    case JOB_INIT_IF_ABSENT:
        return db_job_init_if_absent(cfg);
    case JOB_LOAD_HL7:
        return loadhl7_job(cfg, opt->file);
    case JOB_ADD_FILE:
        return import_job_file(cfg, opt->file);
    case JOB_LOAD_DIR:
        return import_job_dir(cfg, opt->file);
    case JOB_REGEN_IF_ABSENT:
        return db_job_regen_if_absent(cfg);
    case JOB_RECOMPRESS:
        return recompress_job(cfg, opt->code, opt->file);
    case JOB_WEBUSER:
        return web_users_job(cfg, opt->webuser);
    case JOB_REGEN_PART:
        return db_job_regen_part(cfg, opt->file, opt->device_first);
    case JOB_REGEN_FILE:
        return db_job_regen_file(cfg, opt->file);
    case JOB_DELETE:
        return delete_job(cfg, &opt->target);
    case JOB_GENUID:
        return print_new_uid(cfg);
    default:
        fprintf(stderr, "dgate: this job is not available in this build yet\n");
        return 1;
    }
}

/* Lines of the configuration report (keys we do not implement, ...): said
 * as notices by the jobs that announce themselves, on stderr by the others. */
static void say_report(const char *text, int as_notice)
{
    const char *p = text;

    while (p && *p) {
        const char *nl = strchr(p, '\n');
        int n = nl ? (int)(nl - p) : (int)strlen(p);
        if (as_notice)
            log_notice("%.*s", n, p);
        else
            fprintf(stderr, "%.*s\n", n, p);
        p = nl ? nl + 1 : NULL;
    }
}

/* Find and read dicom.ini into cfg; *where says where it was found. The
 * report goes into *report (to be freed). Returns 0 or 1 after printing
 * why. */
static int load_config(const struct options *opt, struct config *cfg, const char **where,
                       char **report)
{
    char ini_path[PATH_MAX], cwd[PATH_MAX], dir[PATH_MAX], err[4 * PATH_MAX];
    struct config_search search = {opt->config_dir, getcwd(cwd, sizeof cwd),
                                   exe_dir(dir, sizeof dir) == 0 ? dir : NULL, DGATE_CONFDIR};
    size_t report_len;
    FILE *rep;
    int rc;

    *report = NULL;
    rc = config_find_ini(&search, ini_path, sizeof ini_path, where, err, sizeof err);
    if (rc) {
        fprintf(stderr, "dgate: %s\n", err);
        return 1;
    }
    rep = open_memstream(report, &report_len);
    if (!rep) {
        fprintf(stderr, "dgate: out of memory\n");
        return 1;
    }
    rc = config_load(ini_path, cfg, rep, err, sizeof err);
    fclose(rep);
    if (rc) {
        say_report(*report, 0);
        fprintf(stderr, "dgate: %s\n", err);
        return 1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    struct options opt;
    struct config cfg;
    const char *where;
    char *report = NULL, db_text[2 * PATH_MAX];
    int rc, announces, stores, quiet;

    rc = parse_args(argc, argv, &opt);
    if (rc)
        return rc;
    if (opt.job == JOB_HELP) {
        usage(stdout);
        return 0;
    }
    if (opt.job == JOB_VERSION) {
        printf("dgate (" PACKAGE_NAME ") " VERSION "\n");
        return 0;
    }
    if (opt.job == JOB_DUMP) /* these two need no dicom.ini */
        return dump_main(opt.file);
    if (opt.job == JOB_PRINT_SOP)
        return dump_sop_uid(opt.file);
    /* One line at a time, so that the job's output, its log lines and
     * stderr stay in order when redirected to one file. */
    setvbuf(stdout, NULL, _IOLBF, 0);
    /* -v and -b: every log line on stdout, as Conquest. Plain dgate serving
     * writes its log to the files only; its console (stderr) shows what it
     * announces at start. The other jobs print their steps on stdout and
     * their log lines on stderr. */
    quiet = opt.job == JOB_SERVE && !opt.verbose;
    if (opt.verbose)
        log_set_stream(stdout);
    if (opt.debug)
        log_set_level(LOG_DEBUG);
    else if (quiet)
        log_set_level(LOG_SILENT);

    if (load_config(&opt, &cfg, &where, &report)) {
        free(report);
        return 1;
    }
    if (opt.port)
        cfg.tcp_port = opt.port;
    if (opt.ae)
        str_copy(cfg.my_ae, opt.ae, sizeof cfg.my_ae);
    /* DebugLevel 1 and up log every command and its details, as -b does. */
    if (cfg.debug_level > 0 && !quiet)
        log_set_level(LOG_DEBUG);
    /* Jobs that change state keep Conquest's PacsTrouble.log of errors; the
     * server and the imports also its PacsUser.log of what was stored,
     * imported, queried and sent, and a regen there how far it is (for an
     * admin whose dgate -r has no terminal, under systemd-run or nohup).
     * They say which dicom.ini and which database they use. */
    stores = opt.job == JOB_SERVE || opt.job == JOB_ADD_FILE || opt.job == JOB_LOAD_DIR ||
             opt.job == JOB_DELETE;
    announces = stores || opt.job == JOB_INIT_DB || opt.job == JOB_REGEN ||
                opt.job == JOB_INIT_IF_ABSENT || opt.job == JOB_LOAD_HL7 ||
                opt.job == JOB_REGEN_IF_ABSENT || opt.job == JOB_REGEN_PART ||
                opt.job == JOB_REGEN_FILE;
    rc = announces ? log_open_trouble(cfg.trouble_log) : 0;
    if (rc) {
        /* Conquest goes on without a log file it cannot write, and says so;
         * a quiet server then shows its trouble on the console instead. */
        if (quiet)
            log_set_level(LOG_WARN);
        quiet = 0;
        log_warn("*** Not enough rights to write to logfiles: TroubleLog = %s: %s", cfg.trouble_log,
                 dg_strerror(rc));
    }
    rc = stores || opt.job == JOB_REGEN || opt.job == JOB_REGEN_IF_ABSENT ||
                 opt.job == JOB_REGEN_PART || opt.job == JOB_REGEN_FILE
             ? log_open_user(cfg.user_log)
             : 0;
    if (rc)
        log_warn("*** Not enough rights to write to logfiles: UserLog = %s: %s", cfg.user_log,
                 dg_strerror(rc));
    if (announces) {
        db_describe(&cfg, db_text, sizeof db_text);
        log_notice("dicom.ini: %s%s, from %s", cfg.base_dir,
                   strrchr(cfg.ini_path, '/') ? strrchr(cfg.ini_path, '/') + 1 : cfg.ini_path,
                   where);
        log_notice("database: %s", db_text);
    }
    say_report(report, announces);
    free(report);

    rc = run_job(&opt, &cfg);
    if (rc && quiet) {
        /* The console was silent: say why the server stopped. */
        char why[1024];
        log_last_error(why, sizeof why);
        fprintf(stderr, "dgate: %s (the log: %s)\n", why[0] ? why : "stopped after an error",
                cfg.trouble_log);
    }
    log_close();
    return rc;
}
