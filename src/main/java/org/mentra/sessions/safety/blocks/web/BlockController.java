package org.mentra.sessions.safety.blocks.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mentra.sessions.safety.Block;
import org.mentra.sessions.safety.BlockOrigin;
import org.mentra.sessions.safety.BlockService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Safety", description = "Blocks, reports of a concern, and their moderation")
class BlockController {

  /** Refusals are RFC 9457 problem details (web.ApiExceptionHandler). */
  private static final String PROBLEM = "application/problem+json";

  private final BlockService blocks;

  BlockController(BlockService blocks) {
    this.blocks = blocks;
  }

  record BlockRequest(UUID blockerId, UUID blockedId, @Size(max = BlockService.MAX_REASON_LENGTH) String reason) {}

  record BlockCreated(UUID id) {}

  record BlockView(UUID id, UUID blockerId, UUID blockedId, String reason, BlockOrigin origin, Instant createdAt) {
    static BlockView of(Block b) {
      return new BlockView(b.id(), b.blockerId(), b.blockedId(), b.reason(), b.origin(), b.createdAt());
    }
  }

  @PostMapping("/blocks")
  @Operation(summary = "Block a person (the blocker themselves, or staff)",
      description = "The blocked person cannot register for the blocker's events (403 `blocked-by-host`), does "
          + "not see the blocker's private and invite-only events, and the two are never paired or put in one "
          + "council, whichever of them blocked. The blocked person is not told. 201 {id} for a new block; "
          + "blocking the same person again is 200 with the existing block's id (nothing changes). 400 naming "
          + "the field for an unknown person or blocking oneself; 403 when the caller is neither the blocker "
          + "nor staff.")
  @ApiResponse(responseCode = "400", description = "A bad field, named in errors[]",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "403", description = "Neither the blocker nor staff",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  ResponseEntity<BlockCreated> block(@Valid @RequestBody BlockRequest request) {
    BlockService.BlockOutcome outcome = blocks.block(request.blockerId(), request.blockedId(), request.reason());
    BlockCreated body = new BlockCreated(outcome.block().id());
    return outcome.created()
        ? ResponseEntity.created(URI.create("/api/v1/blocks/" + body.id())).body(body)
        : ResponseEntity.status(HttpStatus.OK).body(body);
  }

  @DeleteMapping("/blocks/{id}")
  @Operation(summary = "Lift a block (its blocker, or staff)",
      description = "404 for a block that does not exist or is not the caller's; a block a moderator set after a "
          + "report is lifted by staff only (403).")
  @ApiResponse(responseCode = "403", description = "A moderator's block, lifted by staff only",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "404", description = "No such block, or not the caller's",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  ResponseEntity<Void> unblock(@PathVariable UUID id) {
    blocks.unblock(id);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/people/{id}/blocks")
  @Operation(summary = "The blocks a person made (the person themselves, or staff)",
      description = "Only the blocks the person made, never those against them. 403 for anyone else.")
  @ApiResponse(responseCode = "403", description = "Neither the person nor staff",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  List<BlockView> blocksOf(@PathVariable UUID id) {
    return blocks.blocksBy(id).stream().map(BlockView::of).toList();
  }
}
