/* dgate: the command line. Parses Conquest's switches (attached `-p5679` and
 * separate `-p 5679` forms) and our long options, finds and loads the
 * configuration, and runs one job. The jobs themselves live in their modules. */
#include "archive/mag.h"
#include "config/amap.h"
#include "config/config.h"
#include "core/loadhl7.h"
#include "db/jobs.h"
#include "dicom/dump.h"
#include "server/server.h"
#include "util/error.h"
#include "util/log.h"
#include "util/str.h"

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
    JOB_DUMP,
    JOB_LOAD_HL7,
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
    const char *file;       /* --dump FILE, --loadhl7:FILE */
};

static void usage(FILE *fp)
{
    fprintf(
        fp,
        "DGATE: conquest-dicom-server DICOM server and PACS utility application " VERSION "\n"
        "\n"
        "Usage:\n"
        "(1) DGATE <-v>                Report to stdout\n"
        "          [-p#|-hAE|-b]       Set port|AE|Single thread debug mode\n"
        "          [-wDIR]             Set the working directory for dgate(ini,dic,...)\n"
        "          [-i|-r]             Init|Init/regenerate DB\n"
        "          [-d|-m|-k]          List (-d) devices (-m) AE map (-k) DICOM.SQL\n"
        "                              Otherwise: run as threaded server, port=TCPPort\n"
        "\n"
        "Long options:\n"
        "  --dump FILE                 print every element of a DICOM file\n"
        "  --loadhl7:FILE              load the orders of an HL7 file into the worklist\n"
        "  --init-if-absent            create the database tables that are missing;\n"
        "                              never drop anything (for package upgrades)\n"
        "  --help, -?                  this text\n"
        "  --version                   print the version and exit\n"
        "\n"
        "dicom.ini is looked for in -w DIR, else beside the dgate binary, else in\n" DGATE_CONFDIR
        ".\n");
}

/* The value of a switch: attached (`-p5679`) or the next argument (`-p 5679`). */
static const char *switch_value(int argc, char **argv, int *i)
{
    if (argv[*i][2])
        return argv[*i] + 2;
    if (*i + 1 < argc) {
        (*i)++;
        return argv[*i];
    }
    return NULL;
}

/* Returns 0, or 2 after printing what was wrong. */
static int parse_args(int argc, char **argv, struct options *o)
{
    memset(o, 0, sizeof *o);
    o->job = JOB_SERVE;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v;
        long n;

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
            o->config_dir = switch_value(argc, argv, &i);
            if (!o->config_dir) {
                fprintf(stderr, "dgate: -w needs a directory\n");
                return 2;
            }
            break;
        case 'p':
            v = switch_value(argc, argv, &i);
            if (!v || str_to_long(v, 1, 65535, &n)) {
                fprintf(stderr, "dgate: -p needs a port number in 1..65535\n");
                return 2;
            }
            o->port = (int)n;
            break;
        case 'h':
            o->ae = switch_value(argc, argv, &i);
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
    default:
        fprintf(stderr, "dgate: this job is not available in this build yet\n");
        return 1;
    }
}

/* Conquest goes on without a log file it cannot write, and says so. */
static void open_log(const char *key, const char *path, int (*open_fn)(const char *))
{
    int rc = open_fn(path);

    if (rc)
        log_warn("*** Not enough rights to write to logfiles: %s = %s: %s", key, path,
                 dg_strerror(rc));
}

int main(int argc, char **argv)
{
    struct options opt;
    struct config cfg;
    char ini_path[PATH_MAX], dir[PATH_MAX], err[4 * PATH_MAX];
    int rc;

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
    if (opt.job == JOB_DUMP) /* needs no dicom.ini */
        return dump_main(opt.file);
    /* -v and -b: everything on stdout, as Conquest. Without them the server
     * keeps its events in PacsUser.log and PacsTrouble.log, and its console
     * (a terminal, or a service manager's journal) shows only what went
     * wrong; the other jobs still print their progress there. */
    if (opt.verbose)
        log_set_stream(stdout);
    else if (opt.job == JOB_SERVE)
        log_set_level(LOG_WARN);
    if (opt.debug)
        log_set_level(LOG_DEBUG);

    rc = config_find_ini(opt.config_dir, exe_dir(dir, sizeof dir) == 0 ? dir : NULL, DGATE_CONFDIR,
                         ini_path, sizeof ini_path, err, sizeof err);
    if (rc) {
        fprintf(stderr, "dgate: %s\n", err);
        return 1;
    }
    rc = config_load(ini_path, &cfg, opt.job == JOB_SERVE ? stderr : NULL, err, sizeof err);
    if (rc) {
        fprintf(stderr, "dgate: %s\n", err);
        return 1;
    }
    if (opt.port)
        cfg.tcp_port = opt.port;
    if (opt.ae)
        str_copy(cfg.my_ae, opt.ae, sizeof cfg.my_ae);
    /* DebugLevel 1 and up log every command and its details, as -b does. */
    if (cfg.debug_level > 0)
        log_set_level(LOG_DEBUG);
    /* Jobs that change state keep Conquest's PacsTrouble.log of errors; the
     * server also its PacsUser.log of what was stored, queried and sent. */
    if (opt.job == JOB_SERVE || opt.job == JOB_INIT_DB || opt.job == JOB_REGEN ||
        opt.job == JOB_INIT_IF_ABSENT || opt.job == JOB_LOAD_HL7)
        open_log("TroubleLog", cfg.trouble_log, log_open_trouble);
    if (opt.job == JOB_SERVE)
        open_log("UserLog", cfg.user_log, log_open_user);

    rc = run_job(&opt, &cfg);
    log_close();
    return rc;
}
