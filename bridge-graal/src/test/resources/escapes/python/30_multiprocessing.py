# attempt: start another interpreter with multiprocessing
# expect: BridgeException
# message: GraalVM failed internally: java.lang.IllegalArgumentException: Language options were specified for the inner context but the outer context does not have the required context options privilege for this operation. Use TruffleLanguage.Env.isInnerContextOptionsAllowed() to check whether the inner context has this privilege. Use Context.Builder.allowInnerContextOptions(true) to grant inner context option privilege for inner contexts.
import multiprocessing
multiprocessing.Process(target=print).start()
