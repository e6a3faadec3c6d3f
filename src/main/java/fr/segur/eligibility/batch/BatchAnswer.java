package fr.segur.eligibility.batch;

import fr.segur.eligibility.api.BatchResult;
import java.io.IOException;

/** Where a batch's results go, one at a time as they are evaluated, in one of the three answer formats. */
public interface BatchAnswer {

    /** Writes one result, in request order. */
    void result(BatchResult result) throws IOException;

    /** Writes what follows the last result (the JSON summary) and flushes; the output stream stays open. */
    void end() throws IOException;
}
