-- The end-to-end harness's pid renaming (tests/e2e/harness.lua): a test
-- of the tests, since a wrong renaming makes a comparison flaky.
local H = dofile("tests/e2e/harness.lua")
os.execute("rm -rf " .. H.tmp)

local function both(a, b)
  return H.normalise(a, nil, H.plain_numbers(b)), H.normalise(b, nil, H.plain_numbers(a))
end

describe("harness pid renaming", function()
  it("names processes by the fork tree, wherever their pids appear", function()
    local la, lb = both(
      "100 clone(...) = 4321\n4321 write(1, \"4321\\n\", 5) = 5\n100 wait4(4321, NULL, 0, NULL) = 4321\n",
      "200 clone(...) = 5555\n5555 write(1, \"5555\\n\", 5) = 5\n200 wait4(5555, NULL, 0, NULL) = 5555\n")
    assert.are.same(la, lb)
    assert.are.same({ "P1 clone(...) = P1.1", "P1.1 write(1, \"P1.1\\n\", 5) = 5",
                      "P1 wait4(P1.1, NULL, 0, NULL) = P1.1" }, la)
  end)

  it("leaves a value alone when one run's pid happens to equal it", function()
    -- seen in CI: a child pid of 12288 renamed an mmap length of 12288
    local la, lb = both(
      "100 clone(...) = 12288\n100 mmap(NULL, 12288, PROT_READ) = 0x7f\n100 kill(12288, SIGTERM) = 0\n",
      "200 clone(...) = 201\n200 mmap(NULL, 12288, PROT_READ) = 0x7f\n200 kill(201, SIGTERM) = 0\n")
    assert.are.same(la, lb)
    assert.are.equal("P1 mmap(NULL, 12288, PROT_READ) = 0x7f", la[2])
    assert.are.equal("P1 kill(P1.1, SIGTERM) = 0", la[3])
  end)

  it("renames a pid returned by a resumed call", function()
    local la = H.normalise("100 clone(child_stack=NULL, flags=SIGCHLD <unfinished ...>\n" ..
      "100 <... clone resumed>) = 3219\n3219 read(3, \"x\", 1) = 1\n", nil, { ["3219"] = true })
    assert.are.equal("P1 <... clone resumed>) = P1.1", la[2])
    assert.are.equal("P1.1 read(3, \"x\", 1) = 1", la[3])
  end)

  it("renames [pid N] prefixes and si_pid even when the other run has that value", function()
    local la = H.normalise("[pid  4096] getpid() = 4096\n--- SIGCHLD {si_pid=4096} ---\n", nil, { ["4096"] = true })
    assert.are.same({ "[pid  P1] getpid() = P1", "--- SIGCHLD {si_pid=P1} ---" }, la)
  end)
end)
