package fr.segur.eligibility.dsn;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.segur.eligibility.api.BatchResponse;
import fr.segur.eligibility.api.EvaluationResponse;
import java.util.List;

/** The answers for every contract of a DSN, in file order, their counts, and what was noticed about the file itself. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DsnResponse(String month, String norm, List<DsnResult> results, BatchResponse.Summary summary,
                          List<EvaluationResponse.Warning> warnings) {

    /** The same answers as a batch, for the CSV writer of batches. */
    public BatchResponse asBatch() {
        return new BatchResponse(month, results.stream().map(DsnResult::result).toList(), summary);
    }
}
