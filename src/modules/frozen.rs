//! The stdlib modules written in our own Python (`py/*.py`), compiled into the binary and
//! run only when first imported, so a script pays for the modules it uses and no others.
//! The import system (`vm::import`) looks here after the folders of `sys.path`: the stdlib
//! sits at the end of CPython's `sys.path` too, so a script's own `copy.py` shadows ours
//! as it would shadow CPython's.

use crate::objects::function::NativeFn;
use std::borrow::Cow;

pub struct FrozenModule {
    pub name: &'static str,
    pub source: &'static str,
    /// Native helpers the Python source calls, set in the module before it runs.
    pub native: &'static [(&'static str, NativeFn)],
}

const fn py(name: &'static str, source: &'static str) -> FrozenModule {
    FrozenModule {
        name,
        source,
        native: &[],
    }
}

static FROZEN: &[FrozenModule] = &[
    py("_frozen_importlib", include_str!("py/_frozen_importlib.py")),
    FrozenModule {
        name: "importlib",
        source: include_str!("py/importlib.py"),
        native: super::importlib::NATIVE,
    },
    py("__future__", include_str!("py/__future__.py")),
    py("abc", include_str!("py/abc.py")),
    py("contextlib", include_str!("py/contextlib.py")),
    py("functools", include_str!("py/functools.py")),
    py("operator", include_str!("py/operator.py")),
    py("copy", include_str!("py/copy.py")),
    py("heapq", include_str!("py/heapq.py")),
    py("bisect", include_str!("py/bisect.py")),
    py("keyword", include_str!("py/keyword.py")),
    py("numbers", include_str!("py/numbers.py")),
    py("fractions", include_str!("py/fractions.py")),
    py("statistics", include_str!("py/statistics.py")),
    py("string", include_str!("py/string.py")),
    FrozenModule {
        name: "types",
        source: include_str!("py/types.py"),
        native: crate::vm::coroutine::TYPES_NATIVE,
    },
    FrozenModule {
        name: "itertools",
        source: include_str!("py/itertools.py"),
        native: super::itertools::NATIVE,
    },
    FrozenModule {
        name: "collections",
        source: include_str!("py/collections.py"),
        native: super::collections::NATIVE,
    },
    py("collections.abc", include_str!("py/collections_abc.py")),
    FrozenModule {
        name: "objgraph",
        source: include_str!("py/objgraph.py"),
        native: super::objgraph::NATIVE,
    },
    FrozenModule {
        name: "_random",
        source: include_str!("py/_random.py"),
        native: super::random::NATIVE,
    },
    FrozenModule {
        name: "random",
        source: include_str!("py/random.py"),
        native: super::random::PY_NATIVE,
    },
    FrozenModule {
        name: "json",
        source: include_str!("py/json.py"),
        native: super::json::NATIVE,
    },
    py("json.decoder", include_str!("py/json_decoder.py")),
    py("email", include_str!("py/email.py")),
    py("email.errors", include_str!("py/email_errors.py")),
    py("email.charset", include_str!("py/email_charset.py")),
    py("email.encoders", include_str!("py/email_encoders.py")),
    py("email.utils", include_str!("py/email_utils.py")),
    py("email.header", include_str!("py/email_header.py")),
    py("email.base64mime", include_str!("py/email_base64mime.py")),
    py("email.quoprimime", include_str!("py/email_quoprimime.py")),
    py(
        "email.headerregistry",
        include_str!("py/email_headerregistry.py"),
    ),
    py("email.policy", include_str!("py/email_policy.py")),
    py("email._policybase", include_str!("py/email__policybase.py")),
    py("email.message", include_str!("py/email_message.py")),
    py(
        "email.contentmanager",
        include_str!("py/email_contentmanager.py"),
    ),
    py("email.generator", include_str!("py/email_generator.py")),
    py("email.parser", include_str!("py/email_parser.py")),
    py("email.feedparser", include_str!("py/email_feedparser.py")),
    py("email.iterators", include_str!("py/email_iterators.py")),
    py("email.mime", include_str!("py/email_mime.py")),
    py("email.mime.base", include_str!("py/email_mime_base.py")),
    py(
        "email.mime.nonmultipart",
        include_str!("py/email_mime_nonmultipart.py"),
    ),
    py(
        "email.mime.multipart",
        include_str!("py/email_mime_multipart.py"),
    ),
    py("email.mime.text", include_str!("py/email_mime_text.py")),
    py(
        "email.mime.application",
        include_str!("py/email_mime_application.py"),
    ),
    py("email.mime.image", include_str!("py/email_mime_image.py")),
    py("email.mime.audio", include_str!("py/email_mime_audio.py")),
    py(
        "email.mime.message",
        include_str!("py/email_mime_message.py"),
    ),
    py("smtplib", include_str!("py/smtplib.py")),
    py("json.encoder", include_str!("py/json_encoder.py")),
    py("json.tool", include_str!("py/json_tool.py")),
    py("dataclasses", include_str!("py/dataclasses.py")),
    py("enum", include_str!("py/enum.py")),
    py("typing", include_str!("py/typing.py")),
    FrozenModule {
        name: "os",
        source: include_str!("py/os.py"),
        native: super::os::NATIVE,
    },
    py("posixpath", include_str!("py/posixpath.py")),
    py("posix", include_str!("py/posix.py")),
    FrozenModule {
        name: "datetime",
        source: include_str!("py/datetime.py"),
        native: super::c_types::NATIVE,
    },
    py("warnings", include_str!("py/warnings.py")),
    FrozenModule {
        name: "traceback",
        source: include_str!("py/traceback.py"),
        native: super::traceback::NATIVE,
    },
    py("textwrap", include_str!("py/textwrap.py")),
    py("pprint", include_str!("py/pprint.py")),
    py("inspect", include_str!("py/inspect.py")),
    py("_getset", include_str!("py/_getset.py")),
    py("asyncio", include_str!("py/asyncio.py")),
    py("io", include_str!("py/io.py")),
    FrozenModule {
        name: "re",
        source: include_str!("py/re.py"),
        native: super::re::NATIVE,
    },
    FrozenModule {
        name: "struct",
        source: include_str!("py/struct.py"),
        native: super::structmod::NATIVE,
    },
    FrozenModule {
        name: "array",
        source: include_str!("py/array.py"),
        native: super::array::NATIVE,
    },
    FrozenModule {
        name: "ctypes",
        source: include_str!("py/ctypes.py"),
        native: super::ctypes::NATIVE,
    },
    FrozenModule {
        name: "hashlib",
        source: include_str!("py/hashlib.py"),
        native: super::hashlib::NATIVE,
    },
    py("hmac", include_str!("py/hmac.py")),
    FrozenModule {
        name: "zlib",
        source: include_str!("py/zlib.py"),
        native: super::zlib::NATIVE,
    },
    py("gzip", include_str!("py/gzip.py")),
    py("zipfile", include_str!("py/zipfile.py")),
    py("tarfile", include_str!("py/tarfile.py")),
    FrozenModule {
        name: "mmap",
        source: include_str!("py/mmap.py"),
        native: super::mmap::NATIVE,
    },
    FrozenModule {
        name: "cmath",
        source: include_str!("py/cmath.py"),
        native: super::cmath::NATIVE,
    },
    py("binascii", include_str!("py/binascii.py")),
    py("base64", include_str!("py/base64.py")),
    py("csv", include_str!("py/csv.py")),
    py("linecache", include_str!("py/linecache.py")),
    py("logging", include_str!("py/logging.py")),
    py("logging.handlers", include_str!("py/logging_handlers.py")),
    py("logging.config", include_str!("py/logging_config.py")),
    py("unittest", include_str!("py/unittest.py")),
    py("unittest.mock", include_str!("py/unittest_mock.py")),
    py("doctest", include_str!("py/doctest.py")),
    py("timeit", include_str!("py/timeit.py")),
    py("argparse", include_str!("py/argparse.py")),
    py("fnmatch", include_str!("py/fnmatch.py")),
    py("glob", include_str!("py/glob.py")),
    py("pathlib", include_str!("py/pathlib.py")),
    py("shutil", include_str!("py/shutil.py")),
    py("tempfile", include_str!("py/tempfile.py")),
    py("difflib", include_str!("py/difflib.py")),
    py("shlex", include_str!("py/shlex.py")),
    py("stat", include_str!("py/stat.py")),
    py("queue", include_str!("py/queue.py")),
    py("_thread", include_str!("py/_thread.py")),
    py("threading", include_str!("py/threading.py")),
    py("contextvars", include_str!("py/contextvars.py")),
    py("concurrent", include_str!("py/concurrent.py")),
    py(
        "concurrent.futures",
        include_str!("py/concurrent_futures.py"),
    ),
    py("locale", include_str!("py/locale.py")),
    py("mimetypes", include_str!("py/mimetypes.py")),
    py("calendar", include_str!("py/calendar.py")),
    py("uuid", include_str!("py/uuid.py")),
    py("ipaddress", include_str!("py/ipaddress.py")),
    py("secrets", include_str!("py/secrets.py")),
    py("platform", include_str!("py/platform.py")),
    py("copyreg", include_str!("py/copyreg.py")),
    py("pickle", include_str!("py/pickle.py")),
    py("pickletools", include_str!("py/pickletools.py")),
    py("urllib", include_str!("py/urllib.py")),
    py("urllib.parse", include_str!("py/urllib_parse.py")),
    py("http", include_str!("py/http.py")),
    py("html", include_str!("py/html.py")),
    py("html.entities", include_str!("py/html_entities.py")),
    py("html.parser", include_str!("py/html_parser.py")),
    py("getopt", include_str!("py/getopt.py")),
    py("getpass", include_str!("py/getpass.py")),
    py("graphlib", include_str!("py/graphlib.py")),
    py("dbm", include_str!("py/dbm.py")),
    py("dbm.dumb", include_str!("py/dbm_dumb.py")),
    py("shelve", include_str!("py/shelve.py")),
    py("cmd", include_str!("py/cmd.py")),
    py("code", include_str!("py/code.py")),
    py("codeop", include_str!("py/codeop.py")),
    py("faulthandler", include_str!("py/faulthandler.py")),
    FrozenModule {
        name: "codecs",
        source: include_str!("py/codecs.py"),
        native: crate::objects::codecs::NATIVE,
    },
    py("encodings", include_str!("py/encodings.py")),
    py("encodings.aliases", include_str!("py/encodings_aliases.py")),
    FrozenModule {
        name: "unicodedata",
        source: include_str!("py/unicodedata.py"),
        native: super::unicodedata::NATIVE,
    },
    FrozenModule {
        name: "decimal",
        source: include_str!("py/decimal.py"),
        native: super::c_types::NATIVE,
    },
    FrozenModule {
        name: "resource",
        source: include_str!("py/resource.py"),
        native: super::resource::NATIVE,
    },
    FrozenModule {
        name: "subprocess",
        source: include_str!("py/subprocess.py"),
        native: super::subprocess::NATIVE,
    },
    FrozenModule {
        name: "signal",
        source: include_str!("py/signal.py"),
        native: super::signal::NATIVE,
    },
    FrozenModule {
        name: "ast",
        source: include_str!("py/ast.py"),
        native: super::ast::NATIVE,
    },
    py("pympler", include_str!("py/pympler.py")),
    py("pympler.asizeof", include_str!("py/pympler_asizeof.py")),
    py("pympler.muppy", include_str!("py/pympler_muppy.py")),
    py("pympler.summary", include_str!("py/pympler_summary.py")),
    py("pympler.tracker", include_str!("py/pympler_tracker.py")),
    py(
        "pympler.classtracker",
        include_str!("py/pympler_classtracker.py"),
    ),
    py(
        "pympler.classtracker_stats",
        include_str!("py/pympler_classtracker_stats.py"),
    ),
    py("pympler.util", include_str!("py/pympler_util.py")),
    py(
        "pympler.util.stringutils",
        include_str!("py/pympler_util_stringutils.py"),
    ),
    py("reprlib", include_str!("py/reprlib.py")),
    py("colorsys", include_str!("py/colorsys.py")),
    py("sched", include_str!("py/sched.py")),
    py("configparser", include_str!("py/configparser.py")),
    py("fileinput", include_str!("py/fileinput.py")),
    py("filecmp", include_str!("py/filecmp.py")),
    py("xml", include_str!("py/xml.py")),
    py("xml.etree", include_str!("py/xml_etree.py")),
    FrozenModule {
        name: "xml.etree.ElementTree",
        source: include_str!("py/xml_etree_ElementTree.py"),
        native: super::c_types::NATIVE,
    },
    py("xml.parsers", include_str!("py/xml_parsers.py")),
    py("xml.parsers.expat", include_str!("py/xml_parsers_expat.py")),
    py("xml.dom", include_str!("py/xml_dom.py")),
    py("xml.dom.minidom", include_str!("py/xml_dom_minidom.py")),
    py("xml.sax", include_str!("py/xml_sax.py")),
    py(
        "xml.sax._exceptions",
        include_str!("py/xml_sax__exceptions.py"),
    ),
    py("xml.sax.handler", include_str!("py/xml_sax_handler.py")),
    py("xml.sax.xmlreader", include_str!("py/xml_sax_xmlreader.py")),
    py(
        "xml.sax.expatreader",
        include_str!("py/xml_sax_expatreader.py"),
    ),
    py("xml.sax.saxutils", include_str!("py/xml_sax_saxutils.py")),
    py("token", include_str!("py/token.py")),
    py("tokenize", include_str!("py/tokenize.py")),
    py("tomllib", include_str!("py/tomllib.py")),
    py("errno", include_str!("py/errno.py")),
    py("optparse", include_str!("py/optparse.py")),
    py("gettext", include_str!("py/gettext.py")),
    py("plistlib", include_str!("py/plistlib.py")),
    py("wave", include_str!("py/wave.py")),
    FrozenModule {
        name: "zoneinfo",
        source: include_str!("py/zoneinfo.py"),
        native: super::c_types::NATIVE,
    },
    py("importlib.util", include_str!("py/importlib_util.py")),
    py(
        "importlib.resources",
        include_str!("py/importlib_resources.py"),
    ),
    py(
        "importlib.metadata",
        include_str!("py/importlib_metadata.py"),
    ),
    py("sysconfig", include_str!("py/sysconfig.py")),
    FrozenModule {
        name: "_sqlite3",
        source: "",
        native: super::sqlite3::NATIVE,
    },
    py("sqlite3", include_str!("py/sqlite3.py")),
    py("sqlite3.dbapi2", include_str!("py/sqlite3_dbapi2.py")),
    py("site", include_str!("py/site.py")),
];

/// The source to run for `module`: the copy compiled into the binary, or, when the
/// developer sets `REFPY_STDLIB_DIR` (normally to `src/modules/py`), that folder's current
/// file, so a stdlib module written in Python can be edited and rerun without a rebuild.
pub fn source_of(module: &FrozenModule) -> Cow<'static, str> {
    dev_source(&module.name.replace('.', "_"), module.source)
}

/// `compiled`, or the file `STEM.py` of `REFPY_STDLIB_DIR` when that is set and has one
/// (also for the Python halves of native modules: `sys.py`, `_io.py`).
pub fn dev_source(stem: &str, compiled: &'static str) -> Cow<'static, str> {
    if let Some(dir) = std::env::var_os("REFPY_STDLIB_DIR") {
        let file = std::path::Path::new(&dir).join(format!("{stem}.py"));
        if let Ok(text) = std::fs::read_to_string(file) {
            return Cow::Owned(text);
        }
    }
    Cow::Borrowed(compiled)
}

/// The frozen module called `name`, if refpy has one.
pub fn find(name: &str) -> Option<&'static FrozenModule> {
    FROZEN.iter().find(|m| m.name == name)
}
