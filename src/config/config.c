/* dicom.ini → struct config. One table lists every key we implement with its
 * type and Conquest's default; anything else found in the section is
 * reported by name, so no setting is ever silently ignored. */
#include "config/config.h"
#include "config/ini.h"
#include "config/keynames.h"
#include "util/error.h"
#include "util/str.h"

#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

enum key_type {
    KEY_STR,  /* copied as is */
    KEY_INT,  /* decimal within [min, max] */
    KEY_PATH, /* resolved against the directory of dicom.ini */
};

struct key {
    const char *name;
    enum key_type type;
    size_t offset;
    size_t size; /* of the char array, for KEY_STR and KEY_PATH */
    const char *def;
    long min, max;
};

#define STR(name, field, def)                                                                      \
    {                                                                                              \
        name, KEY_STR, offsetof(struct config, field), sizeof(((struct config *)0)->field), def,   \
            0, 0                                                                                   \
    }
#define PATHK(name, field, def)                                                                    \
    {                                                                                              \
        name, KEY_PATH, offsetof(struct config, field), sizeof(((struct config *)0)->field), def,  \
            0, 0                                                                                   \
    }
#define INT(name, field, def, lo, hi)                                                              \
    {                                                                                              \
        name, KEY_INT, offsetof(struct config, field), 0, def, lo, hi                              \
    }

static const struct key keys[] = {
    STR("MyACRNema", my_ae, "none"),
    INT("TCPPort", tcp_port, "104", 1, 65535),
    STR("BindAddress", bind_address, ""),
    INT("TCPIPTimeOut", tcpip_timeout, "300", 1, 86400),
    INT("MaxPDULength", max_pdu, "65536", 16384, 16 << 20),
    INT("MaxAssociations", max_associations, "64", 1, 4096),
    INT("RequireKnownAE", require_known_calling_ae, "0", 0, 1),
    INT("SQLite", use_sqlite, "0", 0, 1),
    INT("MySQL", use_mysql, "0", 0, 1),
    INT("PostGres", use_pgsql, "0", 0, 1),
    STR("SQLHost", sql_host, "localhost"),
    STR("SQLServer", sql_server, ""),
    STR("Username", username, "Administrator"),
    STR("Password", password, "password"),
    INT("TruncateFieldNames", truncate_field_names, "10", 0, 64),
    INT("MAGDevices", mag_devices, "1", 0, CFG_MAX_MAG),
    INT("MAGDeviceFullThreshold", mag_full_threshold_mb, "30", 0, 1 << 30),
    STR("FileNameSyntax", file_name_syntax, "4"),
    INT("AllowEmptyPatientID", allow_empty_patient_id, "0", 0, 1),
    INT("StorageFailedErrorCode", storage_failed_error_code, "272", 1, 65535),
    STR("IncomingCompression", incoming_compression, "as"),
    STR("DroppedFileCompression", dropped_compression, "as"),
    PATHK("WatchFolder", watch_folder, ""),
    INT("LossyQuality", lossy_quality, "95", 1, 100),
    INT("FileSync", file_sync, "0", 0, 1),
    STR("UIDPrefix", uid_prefix, "1.2.826.0.1.3680043.2.135.1066"),
    INT("DebugLevel", debug_level, "0", 0, 4),
    INT("MaxNestingDepth", max_nesting_depth, "64", 1, 1000), /* ENC_MAX_DEPTH */
    INT("WorkListReturnsISO_IR", worklist_iso_ir, "100", 0, 999),
    PATHK("kFactorFile", kfactor_file, "dicom.sql"),
    PATHK("ACRNemaMap", acrnema_map, "acrnema.map"),
    PATHK("SOPClassList", sop_class_list, "dgatesop.lst"),
    PATHK("TroubleLog", trouble_log, "PacsTrouble.log"),
    PATHK("UserLog", user_log, "PacsUser.log"),
    INT("WebPort", web_port, "0", 0, 65535),
    STR("WebBind", web_bind, "127.0.0.1"),
    PATHK("WebCertificate", web_certificate, ""),
    PATHK("WebPrivateKey", web_private_key, ""),
    PATHK("WebUsers", web_users, "webusers"),
    STR("WebAuthentication", web_authentication, "remote"),
    STR("WebCORSOrigin", web_cors_origin, ""),
    PATHK("WebRoot", web_root, "web"),
    INT("WebMaxConnections", web_max_connections, "32", 1, 4096),
    INT("WebMaxConnectionsPerIP", web_max_connections_per_ip, "16", 1, 4096),
    INT("WebTimeout", web_timeout, "60", 1, 86400),
    INT("WebMaxUpload", web_max_upload_mb, "1024", 1, 1 << 20),
};

/* Conquest keys whose job our design does differently; they are accepted and
 * reported with the reason, never mistaken for typos. */
static const struct {
    const char *name;
    const char *why;
} settled_keys[] = {
    {"MicroPACS", NULL},
    {"UseEscapeStringConstants", "every SQL value is a bound parameter"},
    {"DoubleBackSlashToDB", "every SQL value is a bound parameter"},
    {"Dictionary", "the data dictionary is compiled into dgate from dgate.dic"},
};

static int is_mag_key(const char *key)
{
    if (strncasecmp(key, "MAGDevice", 9) != 0)
        return 0;
    const char *d = key + 9;
    return d[0] >= '0' && d[0] <= '9' && d[1] == '\0';
}

static const struct key *find_key(const char *name)
{
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (strcasecmp(keys[i].name, name) == 0)
            return &keys[i];
    return NULL;
}

int config_resolve_path(const struct config *cfg, const char *path, char *out, size_t outlen)
{
    int n;

    if (path[0] == '/' || path[0] == '\0')
        n = snprintf(out, outlen, "%s", path);
    else
        n = snprintf(out, outlen, "%s%s", cfg->base_dir, path);
    return n < 0 || (size_t)n >= outlen ? DG_ETOOBIG : 0;
}

static int set_value(struct config *cfg, const struct key *k, const char *value, char *err,
                     size_t errlen)
{
    char *field = (char *)cfg + k->offset;
    long v;

    switch (k->type) {
    case KEY_STR:
        if (str_copy(field, value, k->size) >= k->size) {
            snprintf(err, errlen, "%s: value of %s is longer than %zu characters", cfg->ini_path,
                     k->name, k->size - 1);
            return DG_ECONFIG;
        }
        return 0;
    case KEY_PATH:
        if (config_resolve_path(cfg, value, field, k->size)) {
            snprintf(err, errlen, "%s: path of %s is too long", cfg->ini_path, k->name);
            return DG_ECONFIG;
        }
        return 0;
    case KEY_INT:
        /* Conquest reads numbers with atoi, so `5678 ; comment` is 5678;
         * keep that, but refuse text that does not start with a number. */
        if (value[0] == '\0') {
            v = strtol(k->def, NULL, 10);
        } else {
            char *end;
            errno = 0;
            v = strtol(value, &end, 10);
            if (end == value || errno || v < k->min || v > k->max) {
                snprintf(err, errlen, "%s: %s = %s is not a number in %ld..%ld", cfg->ini_path,
                         k->name, value, k->min, k->max);
                return DG_ECONFIG;
            }
        }
        memcpy(field, &(int){(int)v}, sizeof(int));
        return 0;
    }
    return DG_ECONFIG;
}

void config_defaults(struct config *cfg)
{
    char err[16];

    memset(cfg, 0, sizeof *cfg);
    str_copy(cfg->section, "sscscp", sizeof cfg->section);
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (keys[i].type != KEY_PATH)
            set_value(cfg, &keys[i], keys[i].def, err, sizeof err);
}

/* Set cfg->base_dir to the directory of ini_path, absolute, ending in '/'. */
static int set_base_dir(struct config *cfg, const char *ini_path)
{
    const char *slash = strrchr(ini_path, '/');
    char dir[PATH_MAX];

    if (!slash)
        str_copy(dir, ".", sizeof dir);
    else if (slash == ini_path)
        str_copy(dir, "/", sizeof dir);
    else if ((size_t)(slash - ini_path) < sizeof dir) {
        memcpy(dir, ini_path, (size_t)(slash - ini_path));
        dir[slash - ini_path] = '\0';
    } else
        return DG_ETOOBIG;
    if (!realpath(dir, cfg->base_dir))
        return -errno;
    size_t n = strlen(cfg->base_dir);
    if (cfg->base_dir[n - 1] != '/') {
        if (n + 1 >= sizeof cfg->base_dir)
            return DG_ETOOBIG;
        cfg->base_dir[n] = '/';
        cfg->base_dir[n + 1] = '\0';
    }
    return 0;
}

static int user_log_beside_trouble_log(struct config *cfg)
{
    const char *slash = strrchr(cfg->trouble_log, '/');
    int n;

    /* An empty TroubleLog (resolved paths are otherwise absolute). */
    if (!slash)
        return config_resolve_path(cfg, "PacsUser.log", cfg->user_log, sizeof cfg->user_log);
    n = snprintf(cfg->user_log, sizeof cfg->user_log, "%.*sPacsUser.log",
                 (int)(slash - cfg->trouble_log + 1), cfg->trouble_log);
    return n < 0 || (size_t)n >= sizeof cfg->user_log ? DG_ETOOBIG : 0;
}

/* The nearest name that this dgate or Conquest knows to an unknown key. */
static void nearest_known(const char *key, struct keynames_nearest *near)
{
    keynames_nearest_init(near);
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        keynames_offer(near, key, keys[i].name);
    for (size_t i = 0; i < sizeof settled_keys / sizeof settled_keys[0]; i++)
        keynames_offer(near, key, settled_keys[i].name);
    keynames_offer(near, key, "MAGDevice#");
    keynames_offer_conquest(near, key);
}

/* Append "; " and a misspelt key's line to err. */
static void add_typo(char *err, size_t errlen, const char *key, const char *near)
{
    size_t used = strlen(err);

    if (used < errlen)
        snprintf(err + used, errlen - used, "%s%s: unknown key; did you mean %s?", used ? " " : "",
                 key, near);
}

/* Every key of the section that is not ours, once, by name: a key whose
 * job we do differently (with the reason), a key of Conquest's that we do
 * not implement, a key nobody knows, with the known key nearest to it. A
 * misspelling of a key this dgate implements is an error: dgate would
 * otherwise run on the default of the key that was meant (`TCPPrt = 5691`,
 * then listening on 104). One near a key we do not implement anyway only
 * warns: Conquest's own files carry such spellings, and refusing them would
 * stop a site's dicom.ini that Conquest read without complaint. */
static int check_keys(const struct ini *ini, const char *section, FILE *report, char *err,
                      size_t errlen)
{
    size_t n = ini_key_count(ini, section);
    int typos = 0;

    err[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        const char *key = ini_key_at(ini, section, i);
        struct keynames_nearest near;
        int seen = 0;

        /* Report each name once, at its first occurrence. */
        for (size_t j = 0; j < i && !seen; j++)
            seen = strcasecmp(ini_key_at(ini, section, j), key) == 0;
        if (seen || find_key(key) || is_mag_key(key))
            continue;
        for (size_t s = 0; s < sizeof settled_keys / sizeof settled_keys[0]; s++) {
            if (strcasecmp(settled_keys[s].name, key) == 0) {
                seen = 1;
                if (settled_keys[s].why && report)
                    fprintf(report, "dicom.ini: %s has no effect here: %s\n", key,
                            settled_keys[s].why);
            }
        }
        if (seen)
            continue;
        if (keynames_conquest_knows(key)) {
            if (report)
                fprintf(report, "dicom.ini: %s is not implemented by this dgate and is ignored\n",
                        key);
            continue;
        }
        nearest_known(key, &near);
        if (keynames_is_typo(&near, key) && (find_key(near.name) || is_mag_key(near.name))) {
            add_typo(err, errlen, key, near.name);
            typos++;
        } else if (keynames_is_typo(&near, key)) {
            if (report)
                fprintf(report,
                        "dicom.ini: %s: unknown key; did you mean %s? (not implemented by this "
                        "dgate either; ignored)\n",
                        key, near.name);
        } else if (report) {
            fprintf(report,
                    "dicom.ini: %s: unknown key (neither this dgate nor Conquest reads it); "
                    "ignored\n",
                    key);
        }
    }
    if (typos) {
        size_t used = strlen(err);
        if (used < errlen)
            snprintf(err + used, errlen - used,
                     " dgate does not start with a misspelt key in [%s] (it would run on the "
                     "default of the key meant): correct it or remove the line.",
                     section);
        return DG_ECONFIG;
    }
    return 0;
}

int config_load(const char *ini_path, struct config *cfg, FILE *report, char *err, size_t errlen)
{
    struct ini *ini = NULL;
    const char *v;
    int rc;

    config_defaults(cfg);
    if (str_copy(cfg->ini_path, ini_path, sizeof cfg->ini_path) >= sizeof cfg->ini_path)
        return DG_ETOOBIG;
    rc = ini_load(ini_path, &ini, err, errlen);
    if (rc) {
        if (rc == DG_EPARSE) {
            char msg[512];
            str_copy(msg, err, sizeof msg);
            snprintf(err, errlen, "%s: %s", ini_path, msg);
        }
        return rc;
    }
    rc = set_base_dir(cfg, ini_path);
    if (rc) {
        snprintf(err, errlen, "%s: cannot resolve its directory: %s", ini_path, dg_strerror(rc));
        goto done;
    }
    v = ini_get(ini, "sscscp", "MicroPACS");
    if (!v) {
        snprintf(err, errlen, "MicroPACS entry in %s not found, but required.", ini_path);
        rc = DG_ECONFIG;
        goto done;
    }
    str_copy(cfg->section, v[0] ? v : "sscscp", sizeof cfg->section);
    rc = check_keys(ini, cfg->section, report, err, errlen);
    if (rc)
        goto done;

    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        v = ini_get(ini, cfg->section, keys[i].name);
        rc = set_value(cfg, &keys[i], v ? v : keys[i].def, err, errlen);
        if (rc)
            goto done;
    }
    /* Without a UserLog key, PacsUser.log goes beside PacsTrouble.log: the
     * same place as Conquest's BaseDir when TroubleLog is not set either, and
     * the log directory for a dicom.ini installed before UserLog was read. */
    if (!ini_get(ini, cfg->section, "UserLog")) {
        rc = user_log_beside_trouble_log(cfg);
        if (rc) {
            snprintf(err, errlen, "%s: path of UserLog is too long", ini_path);
            goto done;
        }
    }
    if (cfg->sql_host[0] == '\0')
        str_copy(cfg->sql_host, "localhost", sizeof cfg->sql_host);
    if (strcasecmp(cfg->web_authentication, "remote") != 0 &&
        strcasecmp(cfg->web_authentication, "always") != 0 &&
        strcasecmp(cfg->web_authentication, "never") != 0) {
        snprintf(err, errlen, "%s: WebAuthentication = %s is not remote, always or never", ini_path,
                 cfg->web_authentication);
        rc = DG_ECONFIG;
        goto done;
    }
    if (!cfg->web_certificate[0] != !cfg->web_private_key[0]) {
        snprintf(err, errlen, "%s: HTTPS needs both WebCertificate and WebPrivateKey", ini_path);
        rc = DG_ECONFIG;
        goto done;
    }
    if (cfg->use_sqlite && cfg->sql_server[0]) {
        char raw[PATH_MAX];
        str_copy(raw, cfg->sql_server, sizeof raw);
        if (config_resolve_path(cfg, raw, cfg->sql_server, sizeof cfg->sql_server)) {
            snprintf(err, errlen, "%s: SQLServer path too long", ini_path);
            rc = DG_ECONFIG;
            goto done;
        }
    }
    for (int i = 0; i < cfg->mag_devices; i++) {
        char key[24]; /* "MAGDevice" and any int */
        snprintf(key, sizeof key, "MAGDevice%d", i);
        v = ini_get(ini, cfg->section, key);
        if (!v || !v[0]) {
            snprintf(err, errlen, "%s: MAGDevices = %d but %s is not set", ini_path,
                     cfg->mag_devices, key);
            rc = DG_ECONFIG;
            goto done;
        }
        /* Conquest concatenates paths, so MAG devices must end in '/'; we add
         * it rather than build a wrong path. */
        if (config_resolve_path(cfg, v, cfg->mag[i], sizeof cfg->mag[i] - 1)) {
            snprintf(err, errlen, "%s: %s is too long", ini_path, key);
            rc = DG_ECONFIG;
            goto done;
        }
        size_t n = strlen(cfg->mag[i]);
        if (cfg->mag[i][n - 1] != '/') {
            cfg->mag[i][n] = '/';
            cfg->mag[i][n + 1] = '\0';
        }
    }
    if (report) {
        const char *sections[] = {"lua", "scripts", "webdefaults"};
        for (size_t s = 0; s < sizeof sections / sizeof sections[0]; s++) {
            size_t n = ini_key_count(ini, sections[s]);
            if (n)
                fprintf(report,
                        "dicom.ini: section [%s] (%zu keys) is not implemented by this dgate "
                        "and is ignored\n",
                        sections[s], n);
        }
    }
    rc = 0;
done:
    ini_free(ini);
    return rc;
}

/* Conquest takes -w as the name of the ini file when it ends in .ini. */
static int names_ini_file(const char *w_arg)
{
    size_t n = strlen(w_arg);

    return n > 4 && strcasecmp(w_arg + n - 4, ".ini") == 0;
}

int config_find_ini(const struct config_search *s, char *out, size_t outlen, const char **where,
                    char *err, size_t errlen)
{
    static const char *const names[] = {"the current directory", "beside dgate",
                                        "the installed configuration directory"};
    const char *dirs[3] = {s->cwd, s->exe_dir, s->installed_dir};
    char tried[3][PATH_MAX];
    const char *tried_where[3];
    size_t ntried = 0, used;
    struct stat st;

    if (s->w_arg && names_ini_file(s->w_arg)) {
        str_copy(tried[ntried], s->w_arg, PATH_MAX);
        tried_where[ntried++] = "-w";
    } else if (s->w_arg) {
        size_t n = strlen(s->w_arg);
        /* Conquest's words for a -w that names nothing. */
        if (stat(s->w_arg, &st) != 0 || !S_ISDIR(st.st_mode)) {
            snprintf(err, errlen, "Directory %s does not exist.", s->w_arg);
            return DG_ENOTFOUND;
        }
        snprintf(tried[ntried], PATH_MAX, "%s%sdicom.ini", s->w_arg,
                 n && s->w_arg[n - 1] == '/' ? "" : "/");
        tried_where[ntried++] = "-w";
    } else {
        for (size_t d = 0; d < 3; d++) {
            if (!dirs[d])
                continue;
            snprintf(tried[ntried], PATH_MAX, "%s%sdicom.ini", dirs[d],
                     strcmp(dirs[d], "/") == 0 ? "" : "/");
            tried_where[ntried] = names[d];
            /* The binary run from its own directory: one place, said once. */
            int again = 0;
            for (size_t j = 0; j < ntried; j++)
                again |= strcmp(tried[j], tried[ntried]) == 0;
            if (!again)
                ntried++;
        }
    }
    for (size_t i = 0; i < ntried; i++) {
        if (stat(tried[i], &st) == 0 && S_ISREG(st.st_mode)) {
            if (str_copy(out, tried[i], outlen) >= outlen)
                return DG_ETOOBIG;
            *where = tried_where[i];
            return 0;
        }
    }
    if (s->w_arg) {
        snprintf(err, errlen, "Configuration file %s not found, but required.", tried[0]);
        return DG_ENOTFOUND;
    }
    used = (size_t)snprintf(err, errlen,
                            "Configuration file dicom.ini not found, but required. Looked in");
    for (size_t i = 0; i < ntried && used < errlen; i++)
        used += (size_t)snprintf(err + used, errlen - used, "%s %s (%s)", i ? "," : "",
                                 tried_where[i], tried[i]);
    if (used < errlen)
        snprintf(err + used, errlen - used, "; dgate -w DIR names its directory.");
    return DG_ENOTFOUND;
}
