// @vitest-environment jsdom
/**
 * A code-split component whose fetch the app times (ui/deferred-component.ts): held while the drawn
 * page is adopted, or fetched at start and waited for like the data.
 */
import { afterEach, describe, expect, it } from "vitest";
import { act, cleanup, render, screen } from "@testing-library/react";
import { Suspense } from "react";
import { deferredComponent } from "../../src/ui/deferred-component";

afterEach(cleanup);

/** A stand-in for `import()`: counts its calls and resolves (or fails) when the test says. */
function fakeChunk() {
  let settle!: { resolve: () => void; reject: (e: Error) => void };
  let calls = 0;
  const Greeting = ({ name }: { name: string }) => <p>Hello {name}</p>;
  const load = () => {
    calls++;
    return new Promise<typeof Greeting>((resolve, reject) => {
      settle = { resolve: () => resolve(Greeting), reject };
    });
  };
  return { load, calls: () => calls, settle: () => settle };
}

function Settled({ part }: { part: { useSettled: () => boolean } }) {
  return <output>{part.useSettled() ? "settled" : "waiting"}</output>;
}

describe("deferredComponent", () => {
  it("held: asks for its code only once released, and the app never waits for it", async () => {
    const chunk = fakeChunk();
    const part = deferredComponent(chunk.load);
    part.hold();
    render(
      <>
        <Settled part={part} />
        <Suspense fallback={<p>drawn by the build</p>}>
          <part.Component name="map" />
        </Suspense>
      </>,
    );
    await act(async () => {});
    expect(chunk.calls()).toBe(0);
    expect(screen.getByRole("status").textContent).toBe("settled");
    expect(screen.getByText("drawn by the build")).toBeTruthy();
    await act(async () => part.release());
    expect(chunk.calls()).toBe(1);
    await act(async () => chunk.settle().resolve());
    expect(await screen.findByText("Hello map")).toBeTruthy();
  });

  it("fetched at start: the app waits until the code is in, then draws it with no fallback", async () => {
    const chunk = fakeChunk();
    const part = deferredComponent(chunk.load);
    part.fetchNow();
    const { rerender } = render(<Settled part={part} />);
    expect(chunk.calls()).toBe(1);
    expect(screen.getByRole("status").textContent).toBe("waiting");
    await act(async () => chunk.settle().resolve());
    expect(screen.getByRole("status").textContent).toBe("settled");
    rerender(
      <Suspense fallback={<p>fallback</p>}>
        <part.Component name="embed" />
      </Suspense>,
    );
    // Drawn in the same commit: no fallback in between.
    expect(screen.queryByText("fallback")).toBeNull();
    expect(screen.getByText("Hello embed")).toBeTruthy();
  });

  it("fetched at start and failed: the app stops waiting (the part's own boundary reports the failure)", async () => {
    const chunk = fakeChunk();
    const part = deferredComponent(chunk.load);
    part.fetchNow();
    render(<Settled part={part} />);
    await act(async () => chunk.settle().reject(new Error("offline")));
    expect(screen.getByRole("status").textContent).toBe("settled");
  });

  it("not asked for: the app does not wait, and the code loads when the part is first drawn", async () => {
    const chunk = fakeChunk();
    const part = deferredComponent(chunk.load);
    render(
      <>
        <Settled part={part} />
        <Suspense fallback={<p>loading</p>}>
          <part.Component name="later" />
        </Suspense>
      </>,
    );
    expect(screen.getByRole("status").textContent).toBe("settled");
    await act(async () => {});
    expect(chunk.calls()).toBe(1);
    await act(async () => chunk.settle().resolve());
    expect(await screen.findByText("Hello later")).toBeTruthy();
  });
});
