# Polybridge's pyexpat (see startup.py): the module xml.etree.ElementTree, xml.dom.minidom,
# xml.sax and plistlib build on, over the JDK's XML parser instead of the expat C library that
# GraalPy would load as native code. ExpatBackend.java parses a whole document in one call and
# answers its events; this module calls expat's handlers with them, in expat's order and with
# expat's arguments, and raises expat's errors.
#
# Differences from expat, by design: a document is parsed when its last piece arrives
# (Parse(data, True), ParseFile, or close() in ElementTree), so handlers run then rather than piece
# by piece; error columns are where the JDK's parser noticed the error, which can be a few
# characters past where expat would; nothing outside the document is ever read (no external DTD or
# entity), and entity expansion is limited (a "billion laughs" document fails with expat's
# "limit on input amplification factor" error).

_backend = _polybridge_backend.expat()
del _polybridge_backend

EXPAT_VERSION = "expat_2.5.0"
version_info = (2, 5, 0)
native_encoding = "UTF-8"
features = [
    ("sizeof(XML_Char)", 1),
    ("sizeof(XML_LChar)", 1),
    ("XML_DTD", 0),
    ("XML_CONTEXT_BYTES", 1024),
    ("XML_NS", 0),
    ("XML_BLAP_MAX_AMP", 100),
    ("XML_BLAP_ACT_THRES", 8388608),
]
XML_PARAM_ENTITY_PARSING_NEVER = 0
XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1
XML_PARAM_ENTITY_PARSING_ALWAYS = 2

_MESSAGES = {
    1: "out of memory", 2: "syntax error", 3: "no element found",
    4: "not well-formed (invalid token)", 5: "unclosed token", 6: "partial character",
    7: "mismatched tag", 8: "duplicate attribute", 9: "junk after document element",
    10: "illegal parameter entity reference", 11: "undefined entity",
    12: "recursive entity reference", 13: "asynchronous entity",
    14: "reference to invalid character number", 15: "reference to binary entity",
    16: "reference to external entity in attribute",
    17: "XML or text declaration not at start of entity", 18: "unknown encoding",
    19: "encoding specified in XML declaration is incorrect", 20: "unclosed CDATA section",
    21: "error in processing external entity reference", 22: "document is not standalone",
    23: "unexpected parser state - please send a bug report",
    24: "entity declared in parameter entity",
    25: "requested feature requires XML_DTD support in Expat",
    26: "cannot change setting once parsing has begun", 27: "unbound prefix",
    28: "must not undeclare prefix", 29: "incomplete markup in parameter entity",
    30: "XML declaration not well-formed", 31: "text declaration not well-formed",
    32: "illegal character(s) in public id", 33: "parser suspended", 34: "parser not suspended",
    35: "parsing aborted", 36: "parsing finished",
    37: "cannot suspend in external parameter entity",
    38: "reserved prefix (xml) must not be undeclared or bound to another namespace name",
    39: "reserved prefix (xmlns) must not be declared or undeclared",
    40: "prefix must not be bound to one of the reserved namespace names",
    41: "invalid argument", 42: "a successful prior call to function XML_GetBuffer is required",
    43: "limit on input amplification factor (from DTD and entities) breached",
}
_NAMES = [
    None, "NO_MEMORY", "SYNTAX", "NO_ELEMENTS", "INVALID_TOKEN", "UNCLOSED_TOKEN",
    "PARTIAL_CHAR", "TAG_MISMATCH", "DUPLICATE_ATTRIBUTE", "JUNK_AFTER_DOC_ELEMENT",
    "PARAM_ENTITY_REF", "UNDEFINED_ENTITY", "RECURSIVE_ENTITY_REF", "ASYNC_ENTITY",
    "BAD_CHAR_REF", "BINARY_ENTITY_REF", "ATTRIBUTE_EXTERNAL_ENTITY_REF", "MISPLACED_XML_PI",
    "UNKNOWN_ENCODING", "INCORRECT_ENCODING", "UNCLOSED_CDATA_SECTION",
    "EXTERNAL_ENTITY_HANDLING", "NOT_STANDALONE", "UNEXPECTED_STATE", "ENTITY_DECLARED_IN_PE",
    "FEATURE_REQUIRES_XML_DTD", "CANT_CHANGE_FEATURE_ONCE_PARSING", "UNBOUND_PREFIX",
    "UNDECLARING_PREFIX", "INCOMPLETE_PE", "XML_DECL", "TEXT_DECL", "PUBLICID", "SUSPENDED",
    "NOT_SUSPENDED", "ABORTED", "FINISHED", "SUSPEND_PE", "RESERVED_PREFIX_XML",
    "RESERVED_PREFIX_XMLNS", "RESERVED_NAMESPACE_URI", "INVALID_ARGUMENT", "NO_BUFFER",
    "AMPLIFICATION_LIMIT_BREACH",
]


def _submodule(name, doc):
    import sys
    module = type(sys)("pyexpat." + name, doc)
    sys.modules["pyexpat." + name] = module
    return module


errors = _submodule("errors", "Constants used to describe error conditions.")
errors.codes = {}
errors.messages = {}
for _code, _message in _MESSAGES.items():
    setattr(errors, "XML_ERROR_" + _NAMES[_code], _message)
    errors.codes[_message] = _code
    errors.messages[_code] = _message

model = _submodule("model", "Constants used to interpret content model information.")
model.XML_CTYPE_EMPTY, model.XML_CTYPE_ANY, model.XML_CTYPE_MIXED = 1, 2, 3
model.XML_CTYPE_NAME, model.XML_CTYPE_CHOICE, model.XML_CTYPE_SEQ = 4, 5, 6
model.XML_CQUANT_NONE, model.XML_CQUANT_OPT, model.XML_CQUANT_REP, model.XML_CQUANT_PLUS = (
    0, 1, 2, 3)


class ExpatError(Exception):
    pass


ExpatError.__module__ = "xml.parsers.expat"
error = ExpatError


def ErrorString(code):
    """Returns string error for given number."""
    return _MESSAGES.get(code)


_HANDLERS = (
    "StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler",
    "CharacterDataHandler", "UnparsedEntityDeclHandler", "NotationDeclHandler",
    "StartNamespaceDeclHandler", "EndNamespaceDeclHandler", "CommentHandler",
    "StartCdataSectionHandler", "EndCdataSectionHandler", "DefaultHandler",
    "DefaultHandlerExpand", "NotStandaloneHandler", "ExternalEntityRefHandler",
    "StartDoctypeDeclHandler", "EndDoctypeDeclHandler", "EntityDeclHandler", "XmlDeclHandler",
    "ElementDeclHandler", "AttlistDeclHandler", "SkippedEntityHandler",
)

_NONE = "\x01"  # a field the back-end sent as null


def _opt(value):
    return None if value == _NONE else value


def _content_model(text):
    """expat's (type, quantifier, name, children) for a DTD content model such as (a|b)*."""
    import re
    if text == "EMPTY":
        return (1, 0, None, ())
    if text == "ANY":
        return (2, 0, None, ())
    tokens = re.findall(r"#PCDATA|[^\s()|,?*+]+|[()|,?*+]", text)
    pos = 0

    def quant():
        nonlocal pos
        if pos < len(tokens) and tokens[pos] in "?*+":
            q = {"?": 1, "*": 2, "+": 3}[tokens[pos]]
            pos += 1
            return q
        return 0

    def particle():
        nonlocal pos
        if tokens[pos] == "(":
            pos += 1
            children, kind, mixed = [], 5, False
            while tokens[pos] != ")":
                if tokens[pos] in "|,":
                    kind = 5 if tokens[pos] == "|" else 6
                    pos += 1
                    continue
                if tokens[pos] == "#PCDATA":
                    mixed = True
                    pos += 1
                    continue
                children.append(particle())
            pos += 1
            if mixed:
                return (3, quant(), None, tuple(children))
            return (kind, quant(), None, tuple(children))
        name = tokens[pos]
        pos += 1
        return (4, quant(), name, ())

    return particle()


class XMLParserType:
    """XML parser"""

    def __init__(self, encoding=None, namespace_separator=None, intern=None):
        for h in _HANDLERS:
            object.__setattr__(self, h, None)
        self._encoding = encoding
        self._separator = namespace_separator
        self._data = []
        self._text = None
        self._finished = False
        self._base = None
        self._buffer_text = False
        self._buffer_size = 8192
        self._buffer = []
        self._buffer_len = 0
        self.ordered_attributes = False
        self.specified_attributes = False
        self.namespace_prefixes = False
        self.intern = {} if intern is None else intern
        self.ErrorCode = 0
        self.ErrorLineNumber = 1
        self.ErrorColumnNumber = 0
        self.ErrorByteIndex = -1
        self.CurrentLineNumber = 1
        self.CurrentColumnNumber = 0
        self.CurrentByteIndex = -1
        self._reparse_deferral = True

    # ---- settings ----

    @property
    def buffer_text(self):
        return self._buffer_text

    @buffer_text.setter
    def buffer_text(self, value):
        value = bool(value)
        if not value:
            self._flush()
        self._buffer_text = value

    @property
    def buffer_size(self):
        return self._buffer_size

    @buffer_size.setter
    def buffer_size(self, value):
        if not isinstance(value, int):
            raise TypeError("buffer_size must be an integer")
        if value <= 0:
            raise ValueError("buffer_size must be greater than zero")
        self._flush()
        self._buffer_size = value

    @property
    def buffer_used(self):
        return self._buffer_len

    def SetBase(self, base):
        self._base = base

    def GetBase(self):
        return self._base

    def GetInputContext(self):
        return None

    def SetParamEntityParsing(self, flag):
        return 1

    def UseForeignDTD(self, flag=True):
        if self._data or self._finished:
            self._raise(26)

    def GetReparseDeferralEnabled(self):
        return self._reparse_deferral

    def SetReparseDeferralEnabled(self, enabled):
        self._reparse_deferral = bool(enabled)

    def ExternalEntityParserCreate(self, context, encoding=None):
        raise NotImplementedError(
            "Polybridge's pyexpat reads no external entities (ExternalEntityParserCreate)")

    # ---- parsing ----

    def Parse(self, data, isfinal=False):
        if self._finished:
            self._raise(36)
        if isinstance(data, str):
            if self._text is False:
                data = data.encode("utf-8")
            else:
                self._text = True
        else:
            data = bytes(data)
            if self._text:
                data = data.decode("utf-8")
            else:
                self._text = False
        if data:
            self._data.append(data)
        if not isfinal:
            return 1
        self._finished = True
        document = "".join(self._data) if self._text else b"".join(self._data)
        self._data = []
        if self._text:
            events = _backend.parse(document, True, None, self._separator is not None)
        else:
            events = _backend.parse(
                document.decode("latin-1"), False, self._encoding, self._separator is not None)
        self._xml_declaration(document)
        self._dispatch(events, document)
        return 1

    def ParseFile(self, file):
        read = getattr(file, "read", None)
        if read is None:
            raise TypeError("argument must have 'read' attribute")
        while True:
            chunk = read(2048)
            if not isinstance(chunk, (bytes, bytearray, str)):
                raise TypeError("read() did not return a bytes object (type=%s)"
                                % type(chunk).__name__)
            if not chunk:
                break
            self.Parse(chunk, False)
        return self.Parse(b"" if self._text is not True else "", True)

    # ---- events ----

    def _raise(self, code, line=None, column=None):
        self.ErrorCode = code
        if line is not None:
            self.ErrorLineNumber = line
            self.ErrorColumnNumber = column
        e = ExpatError("%s: line %d, column %d"
                       % (_MESSAGES[code], self.ErrorLineNumber, self.ErrorColumnNumber))
        e.code = code
        e.lineno = self.ErrorLineNumber
        e.offset = self.ErrorColumnNumber
        raise e

    def _at(self, line, column):
        line = int(line)
        column = int(column)
        self.CurrentLineNumber = self.ErrorLineNumber = line
        self.CurrentColumnNumber = self.ErrorColumnNumber = column

    def _name(self, uri, local, qname):
        if self._separator is None:
            return qname
        if uri == _NONE or uri == "":
            return local or qname
        name = uri + self._separator + local
        if self.namespace_prefixes and ":" in qname:
            name += self._separator + qname.split(":", 1)[0]
        return name

    def _default(self, text):
        handler = self.DefaultHandlerExpand or self.DefaultHandler
        if handler is not None:
            handler(text)

    def _xml_declaration(self, document):
        import re
        head = document[:512]
        if not isinstance(head, str):
            if head.startswith(b"\xef\xbb\xbf"):
                head = head[3:]
            head = head.decode("latin-1")
        m = re.match(r"<\?xml\s+version\s*=\s*([\"'])(.*?)\1"
                     r"(?:\s+encoding\s*=\s*([\"'])(.*?)\3)?"
                     r"(?:\s+standalone\s*=\s*([\"'])(yes|no)\5)?\s*\?>", head)
        self._declaration = None
        if m:
            standalone = -1 if m.group(6) is None else (1 if m.group(6) == "yes" else 0)
            self._declaration = (m.group(2), m.group(4), standalone)
            self._has_internal_subset = False
        self._has_internal_subset = 0
        self._internal_subset = None
        if "<!DOCTYPE" in head:
            text = document if isinstance(document, str) else document.decode("latin-1")
            d = re.search(r"<!DOCTYPE\s[^\[>]*(\[(.*?)\]\s*>)?", text, re.S)
            if d and d.group(1):
                self._has_internal_subset = 1
                self._internal_subset = d.group(2)

    def _flush(self):
        if self._buffer:
            data = "".join(self._buffer)
            self._buffer = []
            self._buffer_len = 0
            if self.CharacterDataHandler is not None:
                self.CharacterDataHandler(data)

    def _characters(self, data):
        handler = self.CharacterDataHandler
        if handler is None:
            self._default(data)
            return
        if self._buffer_text:
            if self._buffer_len + len(data) > self._buffer_size:
                self._flush()
                if len(data) > self._buffer_size:
                    handler(data)
                    return
            self._buffer.append(data)
            self._buffer_len += len(data)
            return
        # expat reports each newline on its own
        start = 0
        while True:
            i = data.find("\n", start)
            if i < 0:
                if start < len(data):
                    handler(data[start:])
                return
            if i > start:
                handler(data[start:i])
            handler("\n")
            start = i + 1

    def _dispatch(self, events, document):
        f = events.split("\0")
        i = 0
        n = len(f)
        if self._declaration is not None:
            if self.XmlDeclHandler is not None:
                self.XmlDeclHandler(*self._declaration)
        while i < n:
            record = f[i]
            kind = record[0]
            if kind == "!":
                self._flush()
                return
            if kind == "X":
                self._flush()
                self._raise(int(record[1:]), int(f[i + 1]), int(f[i + 2]))
            line, column = record[1:], f[i + 1]
            i += 2
            if kind != "T":
                self._flush()
            self._at(line, column)
            if kind == "T":
                self._characters(f[i])
                i += 1
            elif kind == "S":
                uri, local, qname, count = f[i], f[i + 1], f[i + 2], int(f[i + 3])
                i += 4
                attributes = [] if self.ordered_attributes else {}
                for _ in range(count):
                    a_uri, a_local, a_qname, value, specified = f[i:i + 5]
                    i += 5
                    if self.specified_attributes and specified == "0":
                        continue
                    name = self._name(a_uri, a_local, a_qname)
                    if self.ordered_attributes:
                        attributes.append(name)
                        attributes.append(value)
                    else:
                        attributes[name] = value
                if self.StartElementHandler is not None:
                    self.StartElementHandler(self._name(uri, local, qname), attributes)
            elif kind == "E":
                name = self._name(f[i], f[i + 1], f[i + 2])
                i += 3
                if self.EndElementHandler is not None:
                    self.EndElementHandler(name)
            elif kind == "N":
                prefix, uri = _opt(f[i]), _opt(f[i + 1])
                i += 2
                if self._separator is not None and self.StartNamespaceDeclHandler is not None:
                    self.StartNamespaceDeclHandler(prefix, uri)
            elif kind == "n":
                prefix = _opt(f[i])
                i += 1
                if self._separator is not None and self.EndNamespaceDeclHandler is not None:
                    self.EndNamespaceDeclHandler(prefix)
            elif kind == "P":
                target, data = f[i], f[i + 1]
                i += 2
                if self.ProcessingInstructionHandler is not None:
                    self.ProcessingInstructionHandler(target, data)
                else:
                    self._default("<?%s %s?>" % (target, data) if data else "<?%s?>" % target)
            elif kind == "C":
                data = f[i]
                i += 1
                if self.CommentHandler is not None:
                    self.CommentHandler(data)
                else:
                    self._default("<!--%s-->" % data)
            elif kind == "[":
                if self.StartCdataSectionHandler is not None:
                    self.StartCdataSectionHandler()
                else:
                    self._default("<![CDATA[")
            elif kind == "]":
                if self.EndCdataSectionHandler is not None:
                    self.EndCdataSectionHandler()
                else:
                    self._default("]]>")
            elif kind == "D":
                name, system, public = f[i], _opt(f[i + 1]), _opt(f[i + 2])
                i += 3
                if self.StartDoctypeDeclHandler is not None:
                    self.StartDoctypeDeclHandler(name, system, public, self._has_internal_subset)
                    # expat hands the internal subset's markup to a default handler set now
                    # (xml.dom.minidom keeps it as DocumentType.internalSubset)
                    if self._internal_subset and self.DefaultHandler is not None:
                        self.DefaultHandler(self._internal_subset)
                else:
                    self._default("<!DOCTYPE")
                    self._default(" ")
                    self._default(name)
                    if public is not None:
                        for token in (" ", "PUBLIC", " ", '"%s"' % public):
                            self._default(token)
                    elif system is not None:
                        self._default(" ")
                        self._default("SYSTEM")
                    if system is not None:
                        self._default(" ")
                        self._default('"%s"' % system)
                    self._default(">")
            elif kind == "d":
                if self.EndDoctypeDeclHandler is not None:
                    self.EndDoctypeDeclHandler()
            elif kind == "Y":
                name, parameter, value, system, public, notation = f[i:i + 6]
                i += 6
                value, system, public, notation = (
                    _opt(value), _opt(system), _opt(public), _opt(notation))
                if self.EntityDeclHandler is not None:
                    self.EntityDeclHandler(name, int(parameter), value, self._base, system,
                                           public, notation)
                elif notation is not None and self.UnparsedEntityDeclHandler is not None:
                    self.UnparsedEntityDeclHandler(name, self._base, system, public, notation)
            elif kind == "O":
                name, system, public = f[i], _opt(f[i + 1]), _opt(f[i + 2])
                i += 3
                if self.NotationDeclHandler is not None:
                    self.NotationDeclHandler(name, self._base, system, public)
            elif kind == "L":
                name, content = f[i], f[i + 1]
                i += 2
                if self.ElementDeclHandler is not None:
                    self.ElementDeclHandler(name, _content_model(content))
            elif kind == "A":
                element, attribute, type_, mode, value = f[i:i + 5]
                i += 5
                mode, value = _opt(mode), _opt(value)
                if self.AttlistDeclHandler is not None:
                    required = 1 if mode in ("#REQUIRED", "#FIXED") else 0
                    self.AttlistDeclHandler(element, attribute, type_, value, required)
            elif kind == "K":
                name, parameter, system, public = f[i], int(f[i + 1]), _opt(f[i + 2]), _opt(f[i + 3])
                i += 4
                if system is not None and self.ExternalEntityRefHandler is not None:
                    if not self.ExternalEntityRefHandler(None, self._base, system, public):
                        self._raise(21)
                elif self.SkippedEntityHandler is not None:
                    self.SkippedEntityHandler(name, parameter)
                elif not parameter:
                    self._default("&%s;" % name)
        self._flush()


XMLParserType.__module__ = "pyexpat"
XMLParserType.__name__ = XMLParserType.__qualname__ = "xmlparser"


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    """Return a new XML parser object."""
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("ParserCreate() argument 'encoding' must be str or None, not %s"
                        % type(encoding).__name__)
    if namespace_separator is not None:
        if not isinstance(namespace_separator, str):
            raise TypeError("ParserCreate() argument 'namespace_separator' must be str or None,"
                            " not %s" % type(namespace_separator).__name__)
        if len(namespace_separator) > 1:
            raise ValueError("namespace_separator must be at most one character, omitted, or None")
    return XMLParserType(encoding, namespace_separator, intern)


expat_CAPI = None
