package io.themescope.clickhouse.engine;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Method handles for the handful of chDB C functions the engine uses, bound with the FFM API.
 * Only this class knows the native signatures; everything above it works with Java types.
 * The library stays loaded for the life of the process (chDB cannot be unloaded safely).
 */
final class ChdbLibrary {

    final MethodHandle connect;
    final MethodHandle closeConn;
    final MethodHandle queryN;
    final MethodHandle queryWithParams;
    final MethodHandle resultBuffer;
    final MethodHandle resultLength;
    final MethodHandle resultError;
    final MethodHandle resultElapsed;
    final MethodHandle resultRowsRead;
    final MethodHandle resultBytesRead;
    final MethodHandle resultRowsWritten;
    final MethodHandle resultBytesWritten;
    final MethodHandle destroyResult;

    private ChdbLibrary(SymbolLookup lookup) {
        Linker linker = Linker.nativeLinker();
        connect = bind(linker, lookup, "chdb_connect", FunctionDescriptor.of(ADDRESS, JAVA_INT, ADDRESS));
        closeConn = bind(linker, lookup, "chdb_close_conn", FunctionDescriptor.ofVoid(ADDRESS));
        queryN = bind(linker, lookup, "chdb_query_n",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG));
        queryWithParams = bind(linker, lookup, "chdb_query_with_params",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG));
        resultBuffer = bind(linker, lookup, "chdb_result_buffer", FunctionDescriptor.of(ADDRESS, ADDRESS));
        resultLength = bind(linker, lookup, "chdb_result_length", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
        resultError = bind(linker, lookup, "chdb_result_error", FunctionDescriptor.of(ADDRESS, ADDRESS));
        resultElapsed = bind(linker, lookup, "chdb_result_elapsed", FunctionDescriptor.of(JAVA_DOUBLE, ADDRESS));
        resultRowsRead = bind(linker, lookup, "chdb_result_rows_read", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
        resultBytesRead = bind(linker, lookup, "chdb_result_bytes_read", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
        resultRowsWritten = bind(linker, lookup, "chdb_result_rows_written", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
        resultBytesWritten = bind(linker, lookup, "chdb_result_bytes_written", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
        destroyResult = bind(linker, lookup, "chdb_destroy_query_result", FunctionDescriptor.ofVoid(ADDRESS));
    }

    static ChdbLibrary load(Path library) {
        SymbolLookup lookup = SymbolLookup.libraryLookup(library, Arena.global());
        return new ChdbLibrary(lookup);
    }

    private static MethodHandle bind(Linker linker, SymbolLookup lookup, String name, FunctionDescriptor descriptor) {
        MemorySegment symbol = lookup.find(name)
                .orElseThrow(() -> new EngineException("the engine library has no symbol " + name
                        + "; it is not the pinned chDB build"));
        return linker.downcallHandle(symbol, descriptor);
    }

    static final ValueLayout.OfLong SIZE_T = JAVA_LONG;
}
