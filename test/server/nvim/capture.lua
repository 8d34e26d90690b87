-- Test harness (not part of the README snippet): wait for zonelint's diagnostics in the current buffer,
-- run :ZonelintFixAll, wait for the new diagnostics, write everything to $ZONELINT_NVIM_OUT and quit.
local out = assert(os.getenv('ZONELINT_NVIM_OUT'), 'ZONELINT_NVIM_OUT is not set')
local timeout = tonumber(os.getenv('ZONELINT_NVIM_TIMEOUT') or '20000')
local bufnr = vim.api.nvim_get_current_buf()

local function diagnostics()
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(list, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, code = d.code, source = d.source, message = d.message,
    })
  end
  table.sort(list, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
  return list
end

local function has(code)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == code then return true end
  end
  return false
end

local result = { nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch) }
result.got_diagnostics = vim.wait(timeout, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
result.diagnostics = diagnostics()
result.clients = {}
for _, client in pairs(vim.lsp.buf_get_clients(bufnr)) do
  table.insert(result.clients, client.name)
end

vim.cmd('ZonelintFixAll')
result.fixed_lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
result.got_new_diagnostics = vim.wait(timeout, function() return not has('no-duplicate-records') end, 50)
result.after = diagnostics()

local f = assert(io.open(out, 'w'))
f:write(vim.fn.json_encode(result))
f:close()
vim.cmd('qall!')
